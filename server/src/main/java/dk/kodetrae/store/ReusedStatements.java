package dk.kodetrae.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The writer connection, keeping its prepared statements for reuse: every write runs the same few statements, and
 * SQLite's prepare costs as much as a small insert. Closing a statement returns it for the next user of the same
 * SQL. A statement still open is never handed out twice: a second user of the same SQL at once gets its own.
 * Only for a connection used by one thread at a time (the store's committer).
 */
final class ReusedStatements implements InvocationHandler {
    private final Connection connection;
    private final Map<String, PreparedStatement> idle = new HashMap<>();

    private ReusedStatements(Connection connection) {
        this.connection = connection;
    }

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new ReusedStatements(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args.length == 1) {
            return lend((String) args[0]);
        }
        if (method.getName().equals("close")) {
            closeIdle();
        }
        return call(connection, method, args);
    }

    private PreparedStatement lend(String sql) throws SQLException {
        PreparedStatement statement = idle.remove(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
        }
        PreparedStatement lent = statement;
        boolean[] returned = {false};
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (p, method, args) -> {
                    if (!method.getName().equals("close")) {
                        return call(lent, method, args);
                    }
                    if (!returned[0]) {
                        returned[0] = true;
                        giveBack(sql, lent);
                    }
                    return null;
                });
    }

    private void giveBack(String sql, PreparedStatement statement) throws SQLException {
        statement.clearParameters();
        if (idle.putIfAbsent(sql, statement) != null) {
            statement.close();
        }
    }

    private void closeIdle() throws SQLException {
        for (PreparedStatement p : idle.values()) {
            p.close();
        }
        idle.clear();
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
