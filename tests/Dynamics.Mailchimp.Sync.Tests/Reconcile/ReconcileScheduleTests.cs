using Dynamics.Mailchimp.Sync.Reconcile;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Reconcile;

public sealed class ReconcileScheduleTests
{
    [Theory]
    [InlineData(true, 1, 7, true, ReconcileScope.AllLists)]
    [InlineData(false, 1, 7, true, ReconcileScope.DynamicLists)]
    [InlineData(false, 7, 7, true, ReconcileScope.AllLists)]
    [InlineData(false, null, 7, true, ReconcileScope.AllLists)]
    [InlineData(false, null, 0, true, ReconcileScope.DynamicLists)]
    [InlineData(false, 1, 7, false, ReconcileScope.None)]
    [InlineData(true, 1, 0, false, ReconcileScope.AllLists)]
    public void ScopeFor_FullLastRunIntervalAndDynamicSetting_GivesTheScope(bool full, int? daysAgo, int intervalDays, bool dynamicLists, ReconcileScope expected)
    {
        // Arrange
        var options = new ReconcileOptions { IntervalDays = intervalDays, DynamicLists = dynamicLists };
        DateTimeOffset? last = daysAgo is { } days ? TestData.Now.AddDays(-days) : null;

        // Act
        var scope = ReconcileSchedule.ScopeFor(full, last, TestData.Now, options);

        // Assert
        Assert.Equal(expected, scope);
    }
}
