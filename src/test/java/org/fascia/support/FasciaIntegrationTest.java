package org.fascia.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;

/**
 * The whole application on its own fresh database (H2, or PostgreSQL in the second run), with MockMvc
 * and the real security filter chain.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import({ TestAccounts.class, TestPeople.class })
public @interface FasciaIntegrationTest {

}
