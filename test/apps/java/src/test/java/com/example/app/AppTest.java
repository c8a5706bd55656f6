package com.example.app;

import static org.junit.Assert.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class AppTest {
  private static String get(int port, String path) throws Exception {
    HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path).openConnection();
    assertEquals(200, c.getResponseCode());
    try (InputStream in = c.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  public void servesHealthAndRoot() throws Exception {
    HttpServer server = App.start(0);
    try {
      int port = server.getAddress().getPort();
      assertEquals("ok", get(port, "/health"));
      assertEquals("hello from java", get(port, "/"));
    } finally {
      server.stop(0);
    }
  }
}
