package cn.partybuilding.common.changes;

/** What every change feed's operation says about itself. */
public final class ChangeFeedDocs {

    public static final String RECIPE = "按发生顺序返回调用方范围内的每次新建、修改和删除，不漏不重。同步方法：先不带 since 调用，取得起点令牌 nextSince；"
            + "再分页查询整个集合作为初始数据；之后每次带上次的 nextSince 调用并按顺序应用 items，保存新的 nextSince。"
            + "kind 为 UPSERT 时，resource 是该资源的当前内容（与读取时相同的范围和脱敏）；若之后还有它的变更，resource 省略，由后面那条携带。"
            + "DELETE 为删除的墓碑，没有 resource。limit 默认 100，最大 1000；items 少于 limit 时暂无更多，稍后再调用。"
            + "尚在提交中的事务之后的变更会稍后返回（最长约一分钟）。令牌超过保留期（至少 30 天）返回 410，须重新同步。"
            + " / Every create, change and delete within the caller's scope, in the order they happened, none missed and none twice."
            + " To sync: call without since to get the token to start from (nextSince); list the collection for the initial state;"
            + " then call with the last nextSince, apply the items in order and keep the new nextSince."
            + " On UPSERT, resource is the resource as a read shows it (same scope and masking); when a later change of it follows,"
            + " resource is left out and the later item carries it. DELETE is a tombstone without resource."
            + " limit defaults to 100, at most 1000; fewer items than limit: nothing more for now, call again later."
            + " Changes behind a transaction still committing come a little later (up to about a minute)."
            + " A token older than the retention period (at least 30 days) answers 410: resync.";

    public static final String GONE = "令牌已过期，须重新同步 / The token expired: resync (CHANGE_TOKEN_EXPIRED)";

    public static final String BAD_TOKEN = "since 不是本接口签发的令牌 / since is no token of this feed (CHANGE_TOKEN_INVALID)";

    private ChangeFeedDocs() {
    }
}
