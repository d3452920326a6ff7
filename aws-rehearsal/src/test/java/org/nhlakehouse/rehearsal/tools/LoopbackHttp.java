package org.nhlakehouse.rehearsal.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** The HTTP peers the tests serve themselves (Runtime API, Lambda Invoke, a ResponseURL, an SNS subscriber). */
public final class LoopbackHttp {

    private LoopbackHttp() {
    }

    /** Starts a server on 127.0.0.1 at a free port, one virtual thread per exchange (handlers may block). */
    public static HttpServer start(String context, HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext(context, handler);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
