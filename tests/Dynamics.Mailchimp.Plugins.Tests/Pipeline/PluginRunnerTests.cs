using Dynamics.Mailchimp.Plugins.Configuration;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Plugins.Queue;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Pipeline;

/// <summary>Issue #8: the order of changes to one record does not depend on the clocks of the machines that run plug-ins.</summary>
public sealed class PluginRunnerTests
{
    private static readonly DateTime Start = new(2026, 11, 23, 18, 30, 0, DateTimeKind.Utc);

    private static (InMemoryOrganization Org, Guid ListId) CreateSut()
    {
        var org = new InMemoryOrganization(new InMemoryOrganizationOptions { Clock = new FakeTimeProvider(new DateTimeOffset(Start)) });
        return (org, Guid.NewGuid());
    }

    /// <summary>A plug-in whose host clock is <paramref name="hostClock"/>, queuing one row for the list.</summary>
    private static IPlugin Plugin(Guid listId, Func<DateTime> hostClock) => new RunnerPlugin(sp =>
        PluginRunner.Run(sp, "ClockPlugin", PluginSettings.Parse(null, "ClockPlugin"), _ => PlanOutcome.Enqueue(QueueItem.ListMembersChanged(listId, TableNames.Contact)), hostClock));

    private static long Sequence(InMemoryOrganization org, int index) =>
        org.Rows(TableNames.QueueItem).Select(r => r.GetAttributeValue<long>(QueueItemFields.Sequence)).Order().ElementAt(index);

    [Fact]
    public void Run_HostClocksDisagree_SequenceFollowsTheOperationTime()
    {
        // Arrange: the second operation runs on a host whose clock is an hour behind the first host's.
        var (org, list) = CreateSut();
        var first = new PluginInvocation(MessageNames.Delete, TableNames.List, list) { OperationCreatedOn = Start.AddSeconds(1) };
        var second = first with { OperationCreatedOn = Start.AddSeconds(2) };

        // Act
        org.InvokePlugin(Plugin(list, () => Start.AddHours(1)), first);
        org.InvokePlugin(Plugin(list, () => Start), second);

        // Assert
        Assert.Equal(QueueSequence.For(Start.AddSeconds(1), 0), Sequence(org, 0));
        Assert.Equal(QueueSequence.For(Start.AddSeconds(2), 0), Sequence(org, 1));
    }

    [Fact]
    public void Run_NoOperationTime_UsesTheInjectedClockNotTheMachineClock()
    {
        // Arrange: a platform that leaves OperationCreatedOn unset.
        var (org, list) = CreateSut();
        var invocation = new PluginInvocation(MessageNames.Delete, TableNames.List, list) { OperationCreatedOn = default(DateTime) };
        var injected = new DateTime(2031, 5, 1, 0, 0, 0, DateTimeKind.Utc);

        // Act
        org.InvokePlugin(Plugin(list, () => injected), invocation);

        // Assert
        Assert.Equal(QueueSequence.For(injected, 0), Sequence(org, 0));
    }

    [Fact]
    public void Run_ThroughThePipeline_UsesTheOrganizationsOperationTime()
    {
        // Arrange: the in-memory organization stamps OperationCreatedOn from its (fake) clock, as the platform does.
        var clock = new FakeTimeProvider(new DateTimeOffset(Start));
        var org = new InMemoryOrganization(new InMemoryOrganizationOptions { Clock = clock });
        var service = org.CreateService();
        var list = service.Create(new Entity(TableNames.List)
        {
            [ListFields.ListName] = "Newsletter", [ListFields.CreatedFromCode] = new OptionSetValue(2), [ListFields.SyncEnabled] = true,
        });
        clock.Advance(TimeSpan.FromMinutes(5));

        // Act
        service.Delete(TableNames.List, list);

        // Assert
        Assert.Equal(QueueSequence.For(Start.AddMinutes(5), 0), Assert.Single(org.Rows(TableNames.QueueItem)).GetAttributeValue<long>(QueueItemFields.Sequence));
    }

    private sealed class RunnerPlugin(Action<IServiceProvider> execute) : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => execute(serviceProvider);
    }
}
