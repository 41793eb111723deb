package io.claimline.billing.pricing.web;

import io.claimline.billing.pricing.api.PricingConflictException;
import io.claimline.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A rule of the chargemaster or contract as it stands (not of the request alone): 409 naming the field. */
final class PricingConflicts {

    private PricingConflicts() {
    }

    static ResponseEntity<ProblemDetail> answer(PricingConflictException e, String title) {
        ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.CONFLICT, "conflict", title,
                e.getMessage()), List.of(new Problems.FieldProblem(e.field(), e.getMessage())));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
