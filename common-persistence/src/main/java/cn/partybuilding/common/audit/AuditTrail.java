package cn.partybuilding.common.audit;

import cn.partybuilding.common.http.RequestIds;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/**
 * Records audit events in the caller's transaction: a write's event commits or rolls back with the
 * write. A read of unmasked personal data has no transaction of its own; its events get one.
 * Who, from where and in which request come from the request itself; work outside a request
 * (start-up, schedules) is recorded as {@value #SYSTEM}.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    static final String SYSTEM = "system";
    private static final int MAX_ROLES_LENGTH = 255;
    private static final String INSERT = """
            INSERT INTO audit_event (id, occurred_at, action, operation, resource_type, resource_id, old_version,
                new_version, organization_id, organization_path, community_id, actor_subject, actor_roles,
                actor_organization_id, actor_community_id, request_id, client_address)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    AuditRequest request;

    @Inject
    CurrentVertxRequest currentRequest;

    public void created(AuditedResource resource, Long version) {
        write(AuditAction.CREATE, resource, null, version);
    }

    /** One creation event for each resource a single write made (an import), inserted in one batch. */
    public void createdAll(Collection<AuditedResource> resources, Long version) {
        if (resources.isEmpty()) {
            return;
        }
        insert(AuditAction.CREATE, resources, null, version);
        if (inHttpRequest()) {
            request.countWrite();
        }
    }

    public void changed(AuditedResource resource, Long oldVersion, Long newVersion) {
        write(AuditAction.UPDATE, resource, oldVersion, newVersion);
    }

    public void deleted(AuditedResource resource, Long version) {
        write(AuditAction.DELETE, resource, version, null);
    }

    /**
     * One event for each resource whose personal data this response shows unmasked, in the caller's
     * transaction or in one of its own. A response that shows none, every masked read, begins no
     * transaction at all: registering one with the transaction manager for nothing was a visible
     * cost of every read (bench/read-path.sh).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void personalDataShown(Collection<AuditedResource> resources) {
        if (!resources.isEmpty()) {
            QuarkusTransaction.joiningExisting().run(() -> insert(AuditAction.READ_PERSONAL_DATA, resources, null, null));
        }
    }

    private void write(AuditAction action, AuditedResource resource, Long oldVersion, Long newVersion) {
        insert(action, List.of(resource), oldVersion, newVersion);
        if (inHttpRequest()) {
            request.countWrite();
        }
    }

    private void insert(AuditAction action, Collection<AuditedResource> resources, Long oldVersion, Long newVersion) {
        Actor actor = inHttpRequest() ? currentActor(currentRequest.getCurrent().request()) : Actor.SYSTEM_ACTOR;
        Timestamp now = Timestamp.from(StoredTime.now());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AuditedResource resource : resources) {
                    int i = 0;
                    insert.setString(++i, Ulid.next());
                    insert.setTimestamp(++i, now);
                    insert.setString(++i, action.name());
                    insert.setString(++i, actor.operation());
                    insert.setString(++i, resource.type());
                    insert.setString(++i, resource.id());
                    setLong(insert, ++i, oldVersion);
                    setLong(insert, ++i, newVersion);
                    insert.setString(++i, resource.organizationId());
                    insert.setString(++i, resource.organizationPath());
                    insert.setString(++i, resource.communityId());
                    insert.setString(++i, actor.subject());
                    insert.setString(++i, actor.roles());
                    insert.setString(++i, actor.organizationId());
                    insert.setString(++i, actor.communityId());
                    insert.setString(++i, actor.requestId());
                    insert.setString(++i, actor.clientAddress());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Who acts, in which operation, request and from which address. */
    private record Actor(String operation, String subject, String roles, String organizationId, String communityId,
                         String requestId, String clientAddress) {
        static final Actor SYSTEM_ACTOR = new Actor(SYSTEM, SYSTEM, "", null, null, null, null);
    }

    private Actor currentActor(HttpServerRequest http) {
        String subject = caller.subject();
        String roles = String.join(",", caller.roles());
        return new Actor(request.operation() == null ? SYSTEM : request.operation(),
                subject == null ? "anonymous" : subject,
                roles.length() > MAX_ROLES_LENGTH ? roles.substring(0, MAX_ROLES_LENGTH) : roles,
                caller.organizationId(), caller.communityId(),
                http.getHeader(RequestIds.HEADER), clientAddress(http));
    }

    /**
     * The address the request came from: the last hop of {@code X-Forwarded-For} is the one the
     * gateway saw and appended (a client can only put its own claims in front of it); without the
     * header, the peer of the connection.
     */
    static String clientAddress(HttpServerRequest http) {
        String forwarded = http.getHeader("X-Forwarded-For");
        String address;
        if (forwarded != null && !forwarded.isBlank()) {
            address = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
        } else {
            address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        }
        return address == null || address.length() > 64 ? null : address;
    }

    /** Whether an HTTP request runs this: a request context alone (a test's, an event's) has no caller. */
    private boolean inHttpRequest() {
        return Arc.container().requestContext().isActive() && currentRequest.getCurrent() != null;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
