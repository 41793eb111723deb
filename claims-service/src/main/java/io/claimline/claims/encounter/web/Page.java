package io.claimline.claims.encounter.web;

import java.util.List;

/** One page of a list, and where it is. */
public record Page<T>(List<T> items, int page, int size) {

    public static <T> Page<T> of(PageRequest request, List<T> items) {
        return new Page<>(items, request.page() == null ? 0 : request.page(), request.limit());
    }
}
