package org.hearth.web.shared;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Speeds up method calls in EL such as {@code #{lesson.title()}} or {@code
 * #{lessonPage.isDone(item)}}. Pages call record accessors this way, and the standard bean resolver
 * looks the method up with {@code Class.getMethods()} (a copy of every public method) on every
 * call: thousands of times for one lesson page. This resolver remembers the method per class, name
 * and argument count.
 *
 * <p>It only answers when the answer cannot differ from the standard resolver's: a value-expression
 * call (no declared parameter types), exactly one public non-varargs method of that name and
 * argument count on the object's class, declared by a public class, and no lambda arguments.
 * Arguments are coerced with {@link ELContext#convertToType} as the standard resolver does. In
 * every other case it leaves the call to the next resolver.
 */
public class CachedMethodELResolver extends ELResolver {

  private static final ClassValue<ConcurrentHashMap<String, Optional<Method>>> METHODS =
      new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || !(method instanceof String name) || paramTypes != null) {
      return null;
    }
    int count = params == null ? 0 : params.length;
    for (int i = 0; i < count; i++) {
      if (params[i] instanceof LambdaExpression) {
        return null;
      }
    }
    Class<?> type = base.getClass();
    Optional<Method> found =
        METHODS.get(type).computeIfAbsent(name + '/' + count, key -> find(type, name, count));
    if (found.isEmpty()) {
      return null;
    }
    Method target = found.get();
    Object[] arguments = new Object[count];
    Class<?>[] types = target.getParameterTypes();
    for (int i = 0; i < count; i++) {
      arguments[i] = context.convertToType(params[i], types[i]);
    }
    Object result;
    try {
      result = target.invoke(base, arguments);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new ELException(e);
    }
    context.setPropertyResolved(base, method);
    return result;
  }

  /** The only public method of that name and arity, if it is unambiguous and directly callable. */
  private static Optional<Method> find(Class<?> type, String name, int count) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return Optional.empty();
    }
    Method only = null;
    for (Method candidate : type.getMethods()) {
      if (!candidate.getName().equals(name)) {
        continue;
      }
      if (candidate.isVarArgs()) {
        return Optional.empty(); // varargs matching is the standard resolver's business
      }
      if (candidate.getParameterCount() != count) {
        continue;
      }
      if (only != null) {
        return Optional.empty(); // overloads: let the standard resolver choose
      }
      only = candidate;
    }
    if (only == null || !Modifier.isPublic(only.getDeclaringClass().getModifiers())) {
      return Optional.empty();
    }
    return Optional.of(only);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Never resolves a property.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
