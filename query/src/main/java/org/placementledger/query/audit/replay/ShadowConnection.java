package org.placementledger.query.audit.replay;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A connection whose SQL reaches the shadow read models: every read-model table and index name in a
 * statement gets the shadow's suffix ({@link ReadModelTables#suffixed}). The projections and the
 * read-model scripts name their tables plainly; through this connection the very same code builds
 * and fills a second table set beside the live one, in the same schema, so that the swap can be a
 * rename (H2 cannot move a table to another schema).
 */
final class ShadowConnection implements InvocationHandler {

    /** The JDBC methods whose first argument is SQL text. */
    private static final Set<String> TAKING_SQL = Set.of("prepareStatement", "prepareCall", "nativeSQL", "execute",
            "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

    private final Object target;
    private final UnaryOperator<String> rewrite;

    private ShadowConnection(Object target, UnaryOperator<String> rewrite) {
        this.target = target;
        this.rewrite = rewrite;
    }

    static Connection of(Connection connection, ReadModelTables tables, String suffix) {
        return wrap(connection, Connection.class, sql -> tables.suffixed(sql, suffix));
    }

    private static <T> T wrap(Object target, Class<T> type, UnaryOperator<String> rewrite) {
        return type.cast(Proxy.newProxyInstance(ShadowConnection.class.getClassLoader(), new Class<?>[] {type},
                new ShadowConnection(target, rewrite)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (args != null && args.length > 0 && args[0] instanceof String sql && TAKING_SQL.contains(method.getName())) {
            args = args.clone();
            args[0] = rewrite.apply(sql);
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        // A plain statement takes SQL too (execute(String), addBatch(String)): it rewrites it the same way. A
        // prepared one does not (JDBC refuses those methods on it), so it is the driver's own: a replay binds
        // millions of parameters through it.
        return method.getReturnType() == Statement.class ? wrap(result, Statement.class, rewrite) : result;
    }
}
