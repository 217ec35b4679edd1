using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Tests.Support;
using Dynamics.Mailchimp.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Organization;

/// <summary>
/// Reads share the organization's lock, writes hold it alone (OrganizationLock). Each test holds the lock on a thread of
/// its own until the test lets it go (a gate), so who runs beside it and who waits is shown, not raced. The timeout only
/// keeps a broken lock from hanging the run.
/// </summary>
public sealed class InMemoryOrganizationConcurrencyTests
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(30);

    private static (InMemoryOrganization Org, IOrganizationService Service) CreateSut()
    {
        var org = new InMemoryOrganization();
        return (org, org.CreateService(new CallerOptions(org.SystemUserId, BypassCustomPlugins: true)));
    }

    // Holds the organization's lock shared on a thread of its own until release is set.
    private static async Task<Task> HoldReadAsync(InMemoryOrganization org, ManualResetEventSlim release)
    {
        using var held = new ManualResetEventSlim();
        var reader = Task.Factory.StartNew(
            () =>
            {
                using (org.Lock.Read())
                {
                    held.Set();
                    release.Wait();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        await Task.Run(() => held.Wait(Safety)).WaitAsync(Safety);
        return reader;
    }

    [Fact]
    public async Task RetrieveMultiple_WhileAnotherThreadReads_AnswersBesideIt()
    {
        // Arrange
        var (org, service) = CreateSut();
        var id = service.Create(new Entity("contact") { ["lastname"] = "Lovelace", ["emailaddress1"] = "ada@example.org" });
        using var release = new ManualResetEventSlim();
        var reader = await HoldReadAsync(org, release);
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.AddCondition("emailaddress1", ConditionOperator.In, "ada@example.org", "grace@example.org");

        // Act
        var rows = await Task.Run(() => service.RetrieveMultiple(query)).WaitAsync(Safety);
        var row = await Task.Run(() => service.Retrieve("contact", id, new ColumnSet("lastname"))).WaitAsync(Safety);
        var readers = org.Lock.Readers;
        release.Set();
        await reader;

        // Assert
        Assert.Equal(id, Assert.Single(rows.Entities).Id);
        Assert.Equal("Lovelace", row.GetAttributeValue<string>("lastname"));
        Assert.Equal(1, readers);
    }

    [Fact]
    public async Task Create_WhileAnotherThreadReads_WaitsUntilTheReadEnds()
    {
        // Arrange
        var (org, service) = CreateSut();
        using var release = new ManualResetEventSlim();
        var reader = await HoldReadAsync(org, release);

        // Act
        var create = Task.Run(() => service.Create(new Entity("contact") { ["lastname"] = "Hopper" }));
        var waited = SpinWait.SpinUntil(() => org.Lock.WaitingWriters == 1, Safety);
        var doneWhileRead = create.IsCompleted;
        release.Set();
        await reader;
        var id = await create.WaitAsync(Safety);

        // Assert
        Assert.True(waited);
        Assert.False(doneWhileRead);
        Assert.Equal(id, Assert.Single(org.Rows("contact")).Id);
    }

    [Fact]
    public void RetrieveMultiple_WithAStepRegisteredOnIt_RunsTheStepWhichMayWrite()
    {
        // Arrange
        var harness = new PipelineHarness();
        var writer = new DelegatePlugin(sp => PipelineHarness.Service(sp).Create(new Entity("contact") { ["lastname"] = "Written by a read's step" }));
        var org = harness.Build(harness.Step("OnRead", writer, message: "RetrieveMultiple", stage: PluginStage.PostOperation));
        var service = org.CreateService();

        // Act
        var rows = service.RetrieveMultiple(new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") });

        // Assert
        Assert.Empty(rows.Entities);
        Assert.Equal("Written by a read's step", Assert.Single(org.Rows("contact")).GetAttributeValue<string>("lastname"));
        Assert.Equal("OnRead", Assert.Single(org.PluginExecutions).Plugin);
    }

    [Fact]
    public void Retrieve_InsideAChangeSet_SeesItsUncommittedWrite()
    {
        // Arrange
        var (org, service) = CreateSut();
        string? seen = null;

        // Act
        org.RunInTransaction(() =>
        {
            var id = service.Create(new Entity("contact") { ["lastname"] = "Babbage" });
            seen = service.Retrieve("contact", id, new ColumnSet("lastname")).GetAttributeValue<string>("lastname");
            return false;
        });

        // Assert
        Assert.Equal("Babbage", seen);
        Assert.Equal(0, org.Count("contact"));
    }

    [Fact]
    public void CreateUser_ThenAFailingOperation_KeepsTheUser()
    {
        // Arrange
        var (org, service) = CreateSut();
        var user = org.CreateUser("Sandbox Admin", null);

        // Act
        Assert.Throws<OrganizationServiceFaultException>(() => service.Update(new Entity("contact", Guid.NewGuid()) { ["lastname"] = "nobody" }));

        // Assert
        Assert.Contains(org.Rows("systemuser"), u => u.Id == user);
        Assert.Contains(org.Rows("systemuser"), u => u.Id == org.SystemUserId);
    }

    [Fact]
    public async Task RetrieveMultiple_ManyReadersBuildingOneColumnIndex_EachGetsItsOwnRows()
    {
        // Arrange
        var (_, service) = CreateSut();
        var emails = Enumerable.Range(0, 200).Select(i => $"person{i}@example.org").ToArray();
        foreach (var email in emails)
        {
            service.Create(new Entity("contact") { ["lastname"] = "N", ["emailaddress1"] = email });
        }

        QueryExpression Query(int start)
        {
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("emailaddress1") };
            query.Criteria.AddCondition("emailaddress1", ConditionOperator.In, emails.Skip(start).Take(50).Cast<object>().ToArray());
            return query;
        }

        string[] Answer(int start) => service.RetrieveMultiple(Query(start)).Entities.Select(e => e.GetAttributeValue<string>("emailaddress1")).Order(StringComparer.Ordinal).ToArray();
        var starts = Enumerable.Range(0, 16).Select(i => i * 10).ToArray();

        // Act
        var answers = await Task.WhenAll(starts.Select(start => Task.Run(() => Answer(start)))).WaitAsync(Safety);

        // Assert
        for (var i = 0; i < starts.Length; i++)
        {
            Assert.Equal(emails.Skip(starts[i]).Take(50).Order(StringComparer.Ordinal), answers[i]);
        }
    }
}
