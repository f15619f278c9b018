package org.shuangsuiji.registry.shared.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of results.
 *
 * @param <T> item type
 * @param items the items
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems items across all pages
 * @param totalPages number of pages
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> map) {
		return new PageResponse<>(page.getContent().stream().map(map).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
