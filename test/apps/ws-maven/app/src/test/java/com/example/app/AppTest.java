package com.example.app;

import static org.junit.Assert.assertEquals;

import com.example.greet.Greet;
import org.junit.Test;

public class AppTest {
  @Test
  public void greets() {
    assertEquals("hello from x", Greet.hello("x"));
  }
}
