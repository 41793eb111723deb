package io.claimline.platform.reconciliation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The service's projections: processing groups whose handler beans declare their tables with {@link ReadModel}.
 * Found once the context is built; a declaration that could not be replayed safely stops the start.
 */
public class Projections implements SmartInitializingSingleton {

    /** Table and column names go into SQL as identifiers, so they are plain lower-case names only. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final ApplicationContext context;
    private volatile Map<String, Projection> byGroup = Map.of();

    public Projections(ApplicationContext context) {
        this.context = context;
    }

    /** A processing group's read-model handlers and the tables they own. */
    public record Projection(String group, List<Object> handlers, List<ReadModel.Table> tables) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, Projection> found = new LinkedHashMap<>();
        for (String name : context.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            ReadModel readModel = AnnotatedElementUtils.findMergedAnnotation(type, ReadModel.class);
            if (readModel == null) {
                continue;
            }
            if (AnnotatedElementUtils.hasAnnotation(type, DisallowReplay.class)) {
                throw new IllegalStateException(type.getName() + " declares a read model but disallows replay");
            }
            String group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class).value();
            List<ReadModel.Table> tables = List.of(readModel.value());
            tables.forEach(table -> checkIdentifiers(type, table));
            found.merge(group, new Projection(group, List.of(bean), tables), Projections::join);
        }
        byGroup = Map.copyOf(found);
    }

    public List<Projection> all() {
        return byGroup.values().stream().sorted((a, b) -> a.group().compareTo(b.group())).toList();
    }

    public Optional<Projection> find(String group) {
        return Optional.ofNullable(byGroup.get(group));
    }

    private static Projection join(Projection a, Projection b) {
        List<Object> handlers = new ArrayList<>(a.handlers());
        handlers.addAll(b.handlers());
        List<ReadModel.Table> tables = new ArrayList<>(a.tables());
        tables.addAll(b.tables());
        return new Projection(a.group(), List.copyOf(handlers), List.copyOf(tables));
    }

    private static void checkIdentifiers(Class<?> type, ReadModel.Table table) {
        for (String identifier : List.of(table.name(), table.aggregateIdColumn(), table.clinicIdColumn())) {
            if (!IDENTIFIER.matcher(identifier).matches()) {
                throw new IllegalStateException(type.getName() + " names a read-model table or column that is not a "
                        + "plain lower-case SQL name: " + identifier);
            }
        }
    }
}
