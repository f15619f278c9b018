package org.shuangsuiji.registry.input;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as the API returns it.
 *
 * @param <T> item type
 * @param items the items
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems items across all pages
 * @param totalPages number of pages
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * The page of {@code items} out of {@code totalItems} that {@code request} asked for.
	 */
	public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
		return new Page<>(items, request.page(), request.size(), totalItems,
				(int) ((totalItems + request.size() - 1) / request.size()));
	}

	public static <T> Page<T> empty(PageRequest request) {
		return of(List.of(), request, 0);
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.totalItems,
				this.totalPages);
	}

}
