package org.chancery;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * A view of a DataSource that counts the SQL statements prepared through it, so that a test
 * can show a read is one statement however many rows (and rows within rows) it returns.
 */
public final class StatementCounter {

    private final AtomicInteger statements = new AtomicInteger();
    private final DataSource dataSource;

    public StatementCounter(DataSource target) {
        this.dataSource = proxy(DataSource.class, (proxy, method, args) -> {
            Object result = call(target, method, args);
            return result instanceof Connection connection ? counting(connection) : result;
        });
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public int statements() {
        return statements.get();
    }

    private Connection counting(Connection target) {
        return proxy(Connection.class, (proxy, method, args) -> {
            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                statements.incrementAndGet();
            }
            return call(target, method, args);
        });
    }

    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static @Nullable Object call(Object target, Method method, @Nullable Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
