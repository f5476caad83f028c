package cn.partybuilding.branch.domain;

/** Filters of the star-rating list; every one optional (null: not filtered). */
public record StarRatingFilter(String subtreePath, Integer year, StarLevel level, RatingStatus status) {
}
