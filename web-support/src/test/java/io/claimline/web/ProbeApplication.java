package io.claimline.web;

import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The smallest web application using web-support: one endpoint, everything else auto-configured. */
@SpringBootConfiguration
@EnableAutoConfiguration
class ProbeApplication {

    @RestController
    static class Hello {

        @GetMapping("/hello")
        Map<String, String> hello(@RequestParam(name = "p0", required = false) String p0) {
            return Map.of("hello", "world");
        }

        @PostMapping("/hello")
        Map<String, String> form(@RequestParam(name = "p0", required = false) String p0) {
            return Map.of("hello", "form");
        }
    }
}
