package io.claimline.platform.web;

import io.claimline.platform.command.IdempotencyKeyReusedException;
import io.claimline.platform.phi.PersonalDataErasedException;
import io.claimline.platform.phi.PhiVaultUnavailableException;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.web.ProblemCodes;
import io.claimline.web.Problems;
import io.claimline.web.RequestBodyLimit;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a service answers is {@code application/problem+json}. Spring's own exceptions keep their
 * statuses (415, 405, 406, 400…) but get our type, code and trace id; details are written here, never copied
 * from exception messages that could echo input (PHI) or internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return respond(naming(e.field(), Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage())));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> aggregateNotFound(Exception e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such resource"));
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class})
    ResponseEntity<Object> conflict(Exception e) {
        return respond(Problems.of(HttpStatus.CONFLICT, "conflict", "Conflicting change",
                "The resource was changed or created concurrently; read it again and retry"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "The token does not allow this request"));
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<Object> preconditionRequired(PreconditionRequiredException e) {
        return respond(Problems.of(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                "Precondition required", "Send If-Match with the ETag of the version you read"));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return respond(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                "Idempotency key reused", "This Idempotency-Key was used for a different request"));
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ResponseEntity<Object> commandViolation(JSR303ViolationException e) {
        List<Problems.FieldProblem> errors = e.getViolations().stream()
                .map(v -> new Problems.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return respond(Problems.withErrors(validationProblem(), errors));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e) throws Exception {
        // A checked exception thrown by a command handler arrives wrapped; answer for what it really was.
        if (e.getCause() instanceof Exception cause && !(cause instanceof CommandExecutionException)) {
            return handleUnwrapped(cause);
        }
        return unexpected(e);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> invalidArgument(IllegalArgumentException e) {
        if (e instanceof InvalidFieldsException invalid) {
            log.info("Request refused (validation-failed): {} field problem(s)", invalid.problems().size());
            return respond(Problems.withErrors(validationProblem(), invalid.problems().stream()
                    .map(problem -> new Problems.FieldProblem(problem.field(), problem.message()))
                    .toList()));
        }
        // Our guard clauses state a rule and never the rejected value; a library's message might echo input.
        boolean ours = e.getMessage() != null && e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().startsWith("io.claimline.");
        String detail = ours ? e.getMessage() : "The request is not valid";
        // An expected refusal: one line, the rule only (our guard clauses never quote the rejected value).
        log.info("Request refused (validation-failed): {}", detail);
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request", detail));
    }

    @ExceptionHandler(PersonalDataErasedException.class)
    ResponseEntity<Object> personalDataErased(PersonalDataErasedException e) {
        return respond(Problems.of(HttpStatus.CONFLICT, "conflict", "Personal data erased",
                "The patient's personal data was erased; it can no longer be changed"));
    }

    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<Object> stateConflict(StateConflictException e) {
        return respond(naming(e.field(),
                Problems.of(HttpStatus.CONFLICT, "conflict", "Conflicting state", e.getMessage())));
    }

    /** A problem about one request field lists it in errors[], as a 400 does, so a caller can point at it. */
    private static ProblemDetail naming(@Nullable String field, ProblemDetail problem) {
        return field == null ? problem
                : Problems.withErrors(problem, List.of(new Problems.FieldProblem(field, problem.getDetail())));
    }

    @ExceptionHandler(PhiVaultUnavailableException.class)
    ResponseEntity<Object> vaultUnavailable(PhiVaultUnavailableException e) {
        return respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service Unavailable",
                "Patient data could not be opened right now; retry later"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badPathOrParameter(MethodArgumentTypeMismatchException e) {
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                "Parameter '" + e.getName() + "' is not well-formed"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseUnavailable.causedIt(e)) {
            // An outage, not a bug: health turns DOWN for operators; one line here, no stack trace per request.
            log.warn("Request failed: the database is not available ({})", e.getClass().getSimpleName());
            return respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service Unavailable",
                    "The service's database is not available right now; retry later"));
        }
        log.error("Unexpected error", e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed; quote the traceId when reporting it"));
    }

    private ResponseEntity<Object> handleUnwrapped(Exception cause) throws Exception {
        if (cause instanceof NotFoundException notFound) {
            return notFound(notFound);
        }
        if (cause instanceof PersonalDataErasedException erased) {
            return personalDataErased(erased);
        }
        if (cause instanceof StateConflictException conflict) {
            return stateConflict(conflict);
        }
        if (cause instanceof AccessDeniedException denied) {
            // A rule of the aggregate about who may act (only its rendering provider confirms an encounter).
            return forbidden(denied);
        }
        if (cause instanceof IllegalArgumentException invalid) {
            return invalidArgument(invalid);
        }
        if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
            return conflict(cause);
        }
        if (cause instanceof AggregateNotFoundException) {
            return aggregateNotFound(cause);
        }
        return unexpected(cause);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return respond(Problems.withErrors(validationProblem(), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return respond(Problems.withErrors(validationProblem(), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.BodyTooLargeException) {
                // A chunked body crossed the limit while it was read.
                return respond(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload Too Large",
                        "The request body is larger than this service accepts"));
            }
        }
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request body is missing or is not valid JSON of the expected shape"));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such resource"));
    }

    /** Spring MVC's other exceptions (415, 405, 406, 413…): keep the status, our shape, Spring's safe detail. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = body instanceof ProblemDetail given && given.getDetail() != null
                ? given.getDetail()
                : HttpStatus.valueOf(status.value()).getReasonPhrase();
        ProblemDetail problem = Problems.of(status, ProblemCodes.forStatus(status.value()), HttpStatus.valueOf(status.value())
                .getReasonPhrase(), detail);
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static ProblemDetail validationProblem() {
        return Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                "One or more fields are invalid; see errors");
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
