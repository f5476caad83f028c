package cn.partybuilding.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.e2e.client.ApiClient;
import cn.partybuilding.e2e.client.ApiException;
import cn.partybuilding.e2e.client.api.ActivitiesApi;
import cn.partybuilding.e2e.client.api.MembersApi;
import cn.partybuilding.e2e.client.api.OrganizationsApi;
import cn.partybuilding.e2e.client.api.VolunteerStatisticsApi;
import cn.partybuilding.e2e.client.api.WishesApi;
import cn.partybuilding.e2e.client.model.Activity;
import cn.partybuilding.e2e.client.model.ActivityType;
import cn.partybuilding.e2e.client.model.CreateActivityRequest;
import cn.partybuilding.e2e.client.model.CreateMemberRequest;
import cn.partybuilding.e2e.client.model.CreateOrganizationRequest;
import cn.partybuilding.e2e.client.model.Gender;
import cn.partybuilding.e2e.client.model.Member;
import cn.partybuilding.e2e.client.model.MemberChange;
import cn.partybuilding.e2e.client.model.MemberChangePage;
import cn.partybuilding.e2e.client.model.MemberImportResult;
import cn.partybuilding.e2e.client.model.MemberStatus;
import cn.partybuilding.e2e.client.model.Organization;
import cn.partybuilding.e2e.client.model.OrganizationType;
import cn.partybuilding.e2e.client.model.UpdateMemberRequest;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API as its clients use it, with the client generated from contract/openapi.yaml, through the
 * gateway: a government system keeps a copy of a committee's members through the change feed while
 * another system writes members, exports them and imports more; then a member's phone shows each of
 * its screens from one call.
 */
@ExtendWith(RunningSuiteExtension.class)
class MachineClientSyncScenarioTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int WRITERS = 3;
    private static final int MEMBERS_PER_WRITER = 4;

    private static RunningSuite suite;
    private static Organization committee;
    private static Organization firstBranch;
    private static Organization secondBranch;

    @BeforeAll
    static void aCommitteeWithTwoBranches(RunningSuite running) throws ApiException {
        suite = running;
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        OrganizationsApi organizations = new OrganizationsApi(client(suite.systemAdminToken()));
        committee = organizations.createOrganization(new CreateOrganizationRequest().code("SYNC-" + suffix)
                .name("青岛市人力资源和社会保障局机关党委").type(OrganizationType.PARTY_COMMITTEE), null);
        firstBranch = organizations.createOrganization(new CreateOrganizationRequest().code("SYNC-" + suffix + "-01")
                .name("就业促进处党支部").type(OrganizationType.BRANCH).parentId(committee.getId()), null);
        secondBranch = organizations.createOrganization(new CreateOrganizationRequest().code("SYNC-" + suffix + "-02")
                .name("社会保险处党支部").type(OrganizationType.BRANCH).parentId(committee.getId()), null);
    }

    static ApiClient client(String token) {
        ApiClient client = new ApiClient().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        client.updateBaseUri(suite.gatewayUrl().toString());
        return client;
    }

    @Test
    void aFollowerSeesEveryWriteOnceWhileAnotherClientWritesExportsAndImports() throws Exception {
        MembersApi follower = new MembersApi(client(suite.machineClientToken(committee.getId())));
        MembersApi writer = new MembersApi(client(suite.machineClientToken(committee.getId(), "members:write")));
        String start = follower.listMemberChanges(null, null).getNextSince();

        Set<String> written = ConcurrentHashMap.newKeySet();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger readsWhileWriting = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writerNumber = w;
                writes.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < MEMBERS_PER_WRITER; i++) {
                        Member created = writer.createMember(new CreateMemberRequest().organizationId(firstBranch.getId())
                                .name("同步" + writerNumber + "号" + i).gender(Gender.FEMALE).status(MemberStatus.FULL)
                                .joinedOn(LocalDate.of(2012, 7, 1)), UUID.randomUUID().toString());
                        written.add(created.getId() + "@" + created.getVersion());
                        if (i % 2 == 0) {
                            Member changed = writer.updateMember(created.getId(), new UpdateMemberRequest().ethnicity("回族"),
                                    "\"" + created.getVersion() + "\"");
                            written.add(changed.getId() + "@" + changed.getVersion());
                        }
                    }
                    return null;
                }));
            }
            Future<String> reader = pool.submit(() -> {
                go.await();
                String since = start;
                while (writing.get()) {
                    since = follow(follower, since, seen);
                    readsWhileWriting.incrementAndGet();
                }
                return since;
            });
            go.countDown();
            for (Future<?> write : writes) {
                write.get(3, TimeUnit.MINUTES);
            }
            writing.set(false);
            String since = reader.get(1, TimeUnit.MINUTES);

            // the other client exports the branch and imports two more members into the second branch
            String csv = export(suite.machineClientToken(committee.getId()), firstBranch.getId());
            assertTrue(csv.startsWith("\uFEFF姓名,性别,身份证号码"), "Chinese headers in the order of the 党员信息采集表: " + csv.lines().findFirst());
            assertEquals(WRITERS * MEMBERS_PER_WRITER, csv.lines().count() - 1, "one row per member of the branch");
            MemberImportResult imported = importMembers(suite.machineClientToken(committee.getId(), "members:write"),
                    secondBranch.getId(), xlsx(List.of(List.of("孙建华", "男", "正式党员", "2015-07-01"),
                            List.of("李秀英", "女", "预备党员", "2026-07-01"))));
            assertEquals(2, imported.getCount());
            imported.getMemberIds().forEach(id -> written.add(id + "@0"));

            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!Set.copyOf(seen).containsAll(written) && System.nanoTime() < deadline) {
                since = follow(follower, since, seen);
                Thread.sleep(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(readsWhileWriting.get() > 1, "the follower read while the writers wrote");
        assertEquals(written, Set.copyOf(seen), "every write reached the follower");
        assertEquals(seen.size(), Set.copyOf(seen).size(), "and none twice: " + seen);
    }

    /** Reads the feed from {@code since} to its end for now; returns where to go on. */
    private static String follow(MembersApi follower, String since, List<String> seen) throws ApiException {
        while (true) {
            MemberChangePage page = follower.listMemberChanges(1000, since);
            for (MemberChange change : page.getItems()) {
                seen.add(change.getId() + "@" + change.getVersion());
            }
            if (page.getItems().isEmpty()) {
                return page.getNextSince();
            }
            since = page.getNextSince();
        }
    }

    /** A GET's status and body as they came, to say what went wrong. */
    private static String raw(String token, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() + " " + response.body();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String export(String token, String organizationId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + "/v1/members/export?organizationId=" + organizationId))
                .header("Authorization", "Bearer " + token).header("Accept", "text/csv").build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /**
     * The import, with the file as the request body. The generated Java client cannot send a binary
     * body (it writes the File as JSON), so this call is made as any HTTP client would make it.
     */
    private static MemberImportResult importMembers(String token, String organizationId, byte[] xlsx) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + "/v1/members/import?organizationId=" + organizationId))
                .header("Authorization", "Bearer " + token).header("Content-Type", XLSX)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, response.statusCode(), response.body());
        return ApiClient.createDefaultObjectMapper().readValue(response.body(), MemberImportResult.class);
    }

    /** An import file: 姓名, 性别, 人员类别, 入党日期 (the branch is named by the call). */
    private static byte[] xlsx(List<List<String>> rows) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (OutputStream out = file) {
            Workbook workbook = new Workbook(out, "e2e", "1.0");
            Worksheet sheet = workbook.newWorksheet("党员");
            List<String> headers = List.of("姓名", "性别", "人员类别", "入党日期");
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, headers.get(column));
            }
            for (int row = 0; row < rows.size(); row++) {
                for (int column = 0; column < headers.size(); column++) {
                    sheet.value(row + 1, column, rows.get(row).get(column));
                }
            }
            workbook.finish();
        }
        return file.toByteArray();
    }

    @Test
    void eachMobileScreenIsOneCall() throws Exception {
        // a tree of its own, so that the follower above sees only its writers' members
        OrganizationsApi organizations = new OrganizationsApi(client(suite.systemAdminToken()));
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Organization ownCommittee = organizations.createOrganization(new CreateOrganizationRequest().code("APP-" + suffix)
                .name("青岛市民政局机关党委").type(OrganizationType.PARTY_COMMITTEE), null);
        Organization branch = organizations.createOrganization(new CreateOrganizationRequest().code("APP-" + suffix + "-01")
                .name("社会救助处党支部").type(OrganizationType.BRANCH).parentId(ownCommittee.getId()), null);
        Member member = new MembersApi(client(suite.systemAdminToken())).createMember(new CreateMemberRequest()
                .organizationId(branch.getId()).name("王晓燕").gender(Gender.FEMALE).status(MemberStatus.FULL)
                .joinedOn(LocalDate.of(2016, 7, 1)), null);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3).withNano(0);
        Activity planned = new ActivitiesApi(client(suite.systemAdminToken())).createActivity(new CreateActivityRequest()
                .organizationId(branch.getId()).type(ActivityType.THEME_PARTY_DAY).title("主题党日：走进社区服务群众")
                .startAt(start).endAt(start.plusHours(2)), null);
        ApiClient phone = client(suite.memberToken(member.getId()));

        Member me = new MembersApi(phone).getMyMember();
        assertEquals("社会救助处党支部", me.getOrganizationName(), "the profile names its organization");

        List<Activity> mine = new ActivitiesApi(phone).listActivities(null, null, null, true, null, null, null, null).getItems();
        assertEquals(List.of(planned.getId()), mine.stream().map(Activity::getId).toList(),
                () -> "mine: " + raw(suite.memberToken(member.getId()), "/v1/activities?mine=true") + "; register: "
                        + raw(suite.systemAdminToken(), "/v1/activities/" + planned.getId() + "/attendance"));
        assertEquals(start.toInstant(), mine.get(0).getStartAt().toInstant());
        assertEquals(ZoneOffset.ofHours(8), mine.get(0).getStartAt().getOffset(), "times come back in China time");
        assertNotNull(mine.get(0).getMyAttendance(), "my own attendance comes with the activity");

        assertEquals(0L, new VolunteerStatisticsApi(phone).getMyVolunteerTotals(null, null).getPersonTimes(),
                "my hours: nothing confirmed yet");
        assertTrue(new WishesApi(phone).listWishes(null, null, null, 5, null, null).getItems().size() <= 5);
    }
}
