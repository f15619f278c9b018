package org.shuangsuiji.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@link MongoStoreContract} run on a database of a real MongoDB in a container
 * ({@link RealMongo}); skipped where Docker is missing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ContractMongo.class)
public @interface OnRealMongo {

	/** The database's name. */
	String value();

}
