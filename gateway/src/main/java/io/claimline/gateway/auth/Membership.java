package io.claimline.gateway.auth;

import java.util.List;

/** The clinic (tenant) a caller belongs to and its roles there: what every access token must carry. */
record Membership(String clinicId, List<String> roles) {
}
