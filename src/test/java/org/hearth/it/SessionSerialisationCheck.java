package org.hearth.it;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Deployed with the shared test server only: whenever a session attribute is set, the whole session
 * is serialised as a replicating cluster would send it to another node. One that cannot be fails
 * the request that set it (so the journey test that got there fails) and is recorded for {@link
 * SessionCheckServlet}; the attribute names checked are recorded too, so a test can tell that the
 * check ran on a real session.
 */
@WebListener
public class SessionSerialisationCheck implements HttpSessionAttributeListener {

  static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
  static final List<String> FAILURES = new CopyOnWriteArrayList<>();

  @Override
  public void attributeAdded(HttpSessionBindingEvent event) {
    serialise(event.getSession());
  }

  @Override
  public void attributeReplaced(HttpSessionBindingEvent event) {
    serialise(event.getSession());
  }

  private static void serialise(HttpSession session) {
    for (String name : Collections.list(session.getAttributeNames())) {
      Object value = session.getAttribute(name);
      try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
        out.writeObject(value);
        CHECKED.add(name);
      } catch (IOException | RuntimeException e) {
        String failure = name + " (" + value.getClass().getName() + "): " + e;
        FAILURES.add(failure);
        throw new IllegalStateException("A session attribute cannot be replicated: " + failure, e);
      }
    }
  }
}
