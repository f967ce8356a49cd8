package org.chancery;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends while a piece of test code runs on the
 * current thread (MockMvc runs the request on it): {@code SqlStatements.countDuring(() -> ...)}.
 * The full-app tests' DataSource is wrapped in a datasource-proxy that reports here.
 */
public final class SqlStatements {

    private static final ThreadLocal<AtomicInteger> COUNTING = new ThreadLocal<>();
    private static final ThreadLocal<List<QueryInfo>> CAPTURING = new ThreadLocal<>();

    private SqlStatements() {
    }

    /** How many statements {@code work} caused on this thread. */
    public static int countDuring(Callable<?> work) throws Exception {
        AtomicInteger counter = new AtomicInteger();
        COUNTING.set(counter);
        try {
            work.call();
        } finally {
            COUNTING.remove();
        }
        return counter.get();
    }

    /** The statements {@code work} caused on this thread, each with its parameters as set. */
    public static List<QueryInfo> capturedDuring(Callable<?> work) throws Exception {
        List<QueryInfo> captured = new java.util.ArrayList<>();
        CAPTURING.set(captured);
        try {
            work.call();
        } finally {
            CAPTURING.remove();
        }
        return captured;
    }

    /** Wraps every DataSource bean so that its statements can be counted. */
    static BeanPostProcessor countingDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(new Listener()).build();
                }
                return bean;
            }
        };
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            AtomicInteger counter = COUNTING.get();
            if (counter != null) {
                counter.addAndGet(queries.size());
            }
            List<QueryInfo> captured = CAPTURING.get();
            if (captured != null) {
                captured.addAll(queries);
            }
        }
    }
}
