package org.shuangsuiji.gateway.limit;

import org.springframework.util.unit.DataSize;

/** A request body larger than its route accepts (answered with 413). */
public class PayloadLimitExceededException extends RuntimeException {

	public PayloadLimitExceededException(DataSize limit) {
		super("the request body exceeds the " + readable(limit) + " this route accepts");
	}

	static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " bytes";
	}

}
