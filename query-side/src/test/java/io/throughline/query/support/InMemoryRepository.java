package io.throughline.query.support;

import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import org.springframework.data.domain.Limit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spring Data repository interface of the read models served from a map, so that a projection runs as a plain object
 * in a unit test. It answers the methods the projections use: saving, finding and deleting by id, and the query
 * methods derived from their names ({@code findByTeamIdAndQuarterOrderByAssignedAtAsc}, {@code ...In}, {@code ...Between},
 * {@code ...IsNull}, {@code ...False}, {@code ...LessThan}, {@code ...GreaterThan}, {@code findFirst...}, a {@link Limit}).
 * Rows are the saved objects themselves, so that changing a found row changes the stored one, as JPA's managed entities
 * do. A method written as JPQL ({@code @Query}) or taking a specification is answered by {@link #answering}.
 */
public final class InMemoryRepository<T> implements InvocationHandler {

    private static final Pattern DERIVED = Pattern.compile("(find|count|exists|delete)(First|Top\\d*)?(?:All)?By(.*)");
    private static final Pattern ORDER = Pattern.compile("([A-Z]\\w*?)(Asc|Desc)");
    private static final List<String> OPERATORS = List.of("IsNotNull", "IsNull", "GreaterThan", "LessThan", "Between",
            "False", "True", "In");

    private final Class<T> entity;
    private final Map<Object, T> rows = new LinkedHashMap<>();
    private final Map<String, BiFunction<List<T>, Object[], Object>> answers = new HashMap<>();

    private InMemoryRepository(Class<T> entity) {
        this.entity = entity;
    }

    /** An empty repository of the interface, for rows of type {@code entity}. */
    public static <R, T> R of(Class<R> repository, Class<T> entity) {
        return repository.cast(Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[]{repository},
                new InMemoryRepository<>(entity)));
    }

    /** Answers the named method of the repository with {@code answer} of its rows (as saved) and the arguments. */
    @SuppressWarnings("unchecked")
    public static <R> R answering(R repository, String method, BiFunction<List<Object>, Object[], Object> answer) {
        ((InMemoryRepository<Object>) Proxy.getInvocationHandler(repository)).answers.put(method, answer);
        return repository;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        Object[] arguments = args == null ? new Object[0] : args;
        String name = method.getName();
        if (answers.containsKey(name)) {
            return answers.get(name).apply(List.copyOf(rows.values()), arguments);
        }
        switch (name) {
            case "save", "saveAndFlush":
                return save(arguments[0]);
            case "saveAll":
                List<T> saved = new ArrayList<>();
                ((Iterable<?>) arguments[0]).forEach(row -> saved.add(save(row)));
                return saved;
            case "findById":
                return Optional.ofNullable(rows.get(arguments[0]));
            case "findAllById":
                List<T> found = new ArrayList<>();
                ((Iterable<?>) arguments[0]).forEach(id -> Optional.ofNullable(rows.get(id)).ifPresent(found::add));
                return found;
            case "existsById":
                return rows.containsKey(arguments[0]);
            case "findAll":
                if (arguments.length == 0) {
                    return List.copyOf(rows.values());
                }
                break;
            case "count":
                if (arguments.length == 0) {
                    return (long) rows.size();
                }
                break;
            case "deleteById":
                rows.remove(arguments[0]);
                return null;
            case "delete":
                rows.remove(idOf(arguments[0]));
                return null;
            case "deleteAll", "deleteAllInBatch":
                if (arguments.length == 0) {
                    rows.clear();
                } else {
                    ((Iterable<?>) arguments[0]).forEach(row -> rows.remove(idOf(row)));
                }
                return null;
            case "flush":
                return null;
            case "toString":
                return "in-memory " + entity.getSimpleName() + " rows " + rows.values();
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == arguments[0];
            default:
                break;
        }
        Matcher derived = DERIVED.matcher(name);
        if (!derived.matches()) {
            throw new UnsupportedOperationException(name + ": give it an answer with InMemoryRepository.answering");
        }
        return derived(method, derived.group(1), derived.group(2), derived.group(3), arguments);
    }

    private Object derived(Method method, String verb, String first, String clauses, Object[] arguments) {
        String[] whereAndOrder = clauses.split("OrderBy", 2);
        Stream<T> found = rows.values().stream();
        int argument = 0;
        for (String clause : whereAndOrder[0].isEmpty() ? new String[0] : whereAndOrder[0].split("And(?=[A-Z])")) {
            String operator = OPERATORS.stream().filter(clause::endsWith).findFirst().orElse("");
            String property = decapitalised(clause.substring(0, clause.length() - operator.length()));
            int arity = switch (operator) {
                case "IsNull", "IsNotNull", "False", "True" -> 0;
                case "Between" -> 2;
                default -> 1;
            };
            Object[] values = Arrays.copyOfRange(arguments, argument, argument + arity);
            argument += arity;
            found = found.filter(matching(property, operator, values));
        }
        if (whereAndOrder.length > 1) {
            found = found.sorted(order(whereAndOrder[1]));
        }
        if (first != null) {
            found = found.limit(first.equals("First") || first.equals("Top") ? 1 : Long.parseLong(first.substring(3)));
        }
        for (Object rest : Arrays.copyOfRange(arguments, argument, arguments.length)) {
            if (rest instanceof Limit limit && limit.isLimited()) {
                found = found.limit(limit.max());
            }
        }
        List<T> result = found.toList();
        return switch (verb) {
            case "count" -> (long) result.size();
            case "exists" -> !result.isEmpty();
            case "delete" -> {
                result.forEach(row -> rows.remove(idOf(row)));
                yield null;
            }
            default -> method.getReturnType() == Optional.class ? result.stream().findFirst()
                    : List.class.isAssignableFrom(method.getReturnType()) ? result
                    : result.stream().findFirst().orElse(null);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate<T> matching(String property, String operator, Object[] values) {
        return row -> {
            Object value = valueOf(row, property);
            return switch (operator) {
                case "IsNull" -> value == null;
                case "IsNotNull" -> value != null;
                case "False" -> Boolean.FALSE.equals(value);
                case "True" -> Boolean.TRUE.equals(value);
                case "In" -> ((Collection<?>) values[0]).contains(value);
                case "GreaterThan" -> value != null && ((Comparable) value).compareTo(values[0]) > 0;
                case "LessThan" -> value != null && ((Comparable) value).compareTo(values[0]) < 0;
                case "Between" -> value != null && ((Comparable) value).compareTo(values[0]) >= 0
                        && ((Comparable) value).compareTo(values[1]) <= 0;
                default -> Objects.equals(value, values[0]);
            };
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparator<T> order(String orderBy) {
        Comparator<T> order = (a, b) -> 0;
        Matcher by = ORDER.matcher(orderBy);
        while (by.find()) {
            String property = decapitalised(by.group(1));
            Comparator<T> next = Comparator.comparing(row -> (Comparable) valueOf(row, property),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            order = order.thenComparing(by.group(2).equals("Desc") ? next.reversed() : next);
        }
        return order;
    }

    private T save(Object row) {
        T typed = entity.cast(row);
        rows.put(idOf(typed), typed);
        return typed;
    }

    /** The id as Spring Data takes it: the {@code @Id} field, or the {@code @IdClass} record of the {@code @Id} fields. */
    private Object idOf(Object row) {
        IdClass idClass = entity.getAnnotation(IdClass.class);
        if (idClass == null) {
            Field id = fields(entity).filter(field -> field.isAnnotationPresent(Id.class)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(entity + " has no @Id field"));
            return read(id, row);
        }
        RecordComponent[] components = idClass.value().getRecordComponents();
        Object[] values = Arrays.stream(components).map(component -> valueOf(row, component.getName())).toArray();
        try {
            Constructor<?> key = idClass.value().getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            key.setAccessible(true);
            return key.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the key of " + row, e);
        }
    }

    private static Object valueOf(Object row, String property) {
        Field field = fields(row.getClass()).filter(candidate -> candidate.getName().equals(property)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(row.getClass().getSimpleName() + " has no " + property));
        return read(field, row);
    }

    private static Stream<Field> fields(Class<?> type) {
        return type == null || type == Object.class ? Stream.empty()
                : Stream.concat(Arrays.stream(type.getDeclaredFields()), fields(type.getSuperclass()));
    }

    private static Object read(Field field, Object row) {
        try {
            field.setAccessible(true);
            return field.get(row);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decapitalised(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
