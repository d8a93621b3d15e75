package org.placementledger.query.audit.replay;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/**
 * The replay's threads, made in one place: daemons (a replay left behind never holds the JVM open),
 * named {@code read-model-replay...} so that a thread dump or a profile shows whose they are. Each
 * is a thread of its own, not the common pool's (one thread on two cores, which other work may hold).
 */
final class ReplayThreads {

    private ReplayThreads() {
    }

    /** Starts {@code task} on a new thread named {@code name}. */
    static Thread start(String name, Runnable task) {
        Thread thread = factory(name).newThread(task);
        thread.start();
        return thread;
    }

    /** Makes the threads of an executor, each named {@code name}. */
    static ThreadFactory factory(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs each task handed to it on a new thread named {@code name}. */
    static Executor each(String name) {
        return task -> start(name, task);
    }
}
