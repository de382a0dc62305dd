package io.suretyhub.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The full application on its embedded PostgreSQL and its real security configuration, with the
 * hand-moved clock and an {@link ObligationEventLog}. One cached context for all the
 * calendar and obligation tests: each test works with its own organisations and areas.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, ObligationEventLog.class })
public @interface CalendarObligationTest {

}
