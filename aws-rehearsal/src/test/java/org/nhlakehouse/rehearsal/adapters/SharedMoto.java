package org.nhlakehouse.rehearsal.adapters;

import java.util.concurrent.atomic.AtomicInteger;

import org.nhlakehouse.rehearsal.tools.MotoServer;

/** One moto_server for all the adapter tests of a run (each test uses resources of its own names). */
final class SharedMoto {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static MotoServer server;

    private SharedMoto() {
    }

    static synchronized MotoServer server() {
        if (server == null) {
            MotoServer started = MotoServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            server = started;
        }
        return server;
    }

    /** A name no other test of this run uses, e.g. {@code bucket-7}. */
    static String unique(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet();
    }
}
