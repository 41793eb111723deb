package io.claimline.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a service's endpoints against the documented role table (docs/security/roles.md): every operation of
 * its OpenAPI document is called as every role with a valid example built from the document's schemas, and the
 * answer must match the table (403 where it says no; neither 403 nor a refusal of the example where it says yes).
 * The expected roles come from the table only, never from the code's declarations.
 */
public final class AuthorizationMatrix {

    /** Statuses that mean the call did not get through to the operation as a permitted, valid call. */
    private static final Set<Integer> REFUSED = Set.of(400, 401, 403, 415);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*([a-z-]+)\\s*\\|\\s*`([A-Z]+) ([^`]+)`\\s*\\|(.*)\\|\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> roles;
    private final Map<Operation, Set<String>> allowed;

    private AuthorizationMatrix(List<String> roles, Map<Operation, Set<String>> allowed) {
        this.roles = roles;
        this.allowed = allowed;
    }

    /** An operation as the table and OpenAPI name it: service, method and path template. */
    public record Operation(String service, String method, String path) {
        @Override
        public String toString() {
            return service + " " + method + " " + path;
        }
    }

    /** Calls one operation as one role and answers the HTTP status. */
    @FunctionalInterface
    public interface Caller {
        int call(String role, String method, String path, String jsonBody);
    }

    /** The table in docs/security/roles.md of the repository at {@code root}. */
    public static AuthorizationMatrix documented(Path root) {
        try {
            return parse(Files.readAllLines(root.resolve("docs/security/roles.md")));
        } catch (IOException e) {
            throw new UncheckedIOException("the role table docs/security/roles.md is missing", e);
        }
    }

    /** The repository root: the build tells where it is, or the module's parent directory. */
    public static Path repositoryRoot() {
        return Path.of(System.getProperty("claimline.repository.root", "..")).toAbsolutePath().normalize();
    }

    static AuthorizationMatrix parse(List<String> lines) {
        List<String> roles = null;
        Map<Operation, Set<String>> allowed = new LinkedHashMap<>();
        for (String line : lines) {
            if (roles == null && line.startsWith("| service | operation |")) {
                roles = Arrays.stream(line.split("\\|")).map(String::strip).filter(cell -> !cell.isEmpty())
                        .skip(2).toList();
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (roles == null || !row.matches()) {
                continue;
            }
            List<String> cells = Arrays.stream(row.group(4).split("\\|")).map(String::strip).toList();
            if (cells.size() != roles.size()) {
                throw new IllegalStateException("role table row has " + cells.size() + " cells: " + line);
            }
            Set<String> yes = new TreeSet<>();
            for (int i = 0; i < cells.size(); i++) {
                switch (cells.get(i)) {
                    case "yes" -> yes.add(roles.get(i));
                    case "no" -> { }
                    default -> throw new IllegalStateException("role table cells are yes or no: " + line);
                }
            }
            allowed.put(new Operation(row.group(1), row.group(2), row.group(3)), yes);
        }
        if (roles == null || allowed.isEmpty()) {
            throw new IllegalStateException("no role table found");
        }
        return new AuthorizationMatrix(roles, allowed);
    }

    public List<String> roles() {
        return roles;
    }

    /** The same table with one more (or a replaced) row, for tests of the check itself. */
    public AuthorizationMatrix with(Operation operation, Set<String> yes) {
        Map<Operation, Set<String>> more = new LinkedHashMap<>(allowed);
        more.put(operation, Set.copyOf(yes));
        return new AuthorizationMatrix(roles, more);
    }

    /**
     * Every disagreement between the service's OpenAPI document, the table and the service's answers; empty when
     * the service keeps the table.
     */
    public List<String> violations(String service, JsonNode openApi, Caller caller) {
        List<String> violations = new ArrayList<>();
        List<Operation> served = operations(service, openApi);
        allowed.keySet().stream().filter(op -> op.service().equals(service) && !served.contains(op))
                .forEach(op -> violations.add(op + ": in the role table but not served"));
        for (Operation operation : served) {
            Set<String> yes = allowed.get(operation);
            if (yes == null) {
                violations.add(operation + ": served but not in the role table");
                yes = Set.of(); // still called: an undeclared endpoint must refuse everyone
            }
            Example example = example(openApi, operation);
            for (String role : roles) {
                int status = caller.call(role, operation.method(), example.path(), example.body());
                if (yes.contains(role) && REFUSED.contains(status)) {
                    violations.add(operation + " as " + role + ": the table says yes, the service answered " + status);
                } else if (!yes.contains(role) && status != 403) {
                    violations.add(operation + " as " + role + ": the table says no, the service answered " + status);
                }
            }
        }
        return violations;
    }

    static List<Operation> operations(String service, JsonNode openApi) {
        List<Operation> operations = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> {
                    if (METHODS.contains(method)) {
                        operations.add(new Operation(service, method.toUpperCase(Locale.ROOT), path.getKey()));
                    }
                }));
        return operations;
    }

    /** A concrete path and body for an operation. */
    record Example(String path, String body) {
    }

    static Example example(JsonNode openApi, Operation operation) {
        JsonNode spec = openApi.path("paths").path(operation.path()).path(operation.method().toLowerCase(Locale.ROOT));
        String path = operation.path();
        for (JsonNode parameter : spec.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                path = path.replace("{" + parameter.path("name").asText() + "}",
                        value(openApi, parameter.path("schema")).asText());
            }
        }
        JsonNode schema = spec.path("requestBody").path("content").path("application/json").path("schema");
        String body = schema.isMissingNode() ? null : value(openApi, schema).toString();
        return new Example(path, body);
    }

    /** A value the schema accepts: its example where it has one, else one made from its type and format. */
    static JsonNode value(JsonNode openApi, JsonNode schema) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return value(openApi, openApi.path("components").path("schemas").path(name));
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    object.set(property.getKey(), value(openApi, property.getValue()));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                array.add(value(openApi, schema.path("items")));
                yield array;
            }
            case "integer", "number" -> nodes.numberNode(1);
            case "boolean" -> nodes.booleanNode(true);
            default -> switch (format) {
                case "uuid" -> nodes.textNode(UUID.randomUUID().toString());
                case "date" -> nodes.textNode("1980-12-10");
                case "date-time" -> nodes.textNode("2026-11-30T10:00:00Z");
                default -> nodes.textNode("example");
            };
        };
    }

    public static JsonNode read(String openApiJson) {
        try {
            return JSON.readTree(openApiJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per violation, for an assertion message. */
    public static String describe(List<String> violations) {
        return violations.stream().collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
