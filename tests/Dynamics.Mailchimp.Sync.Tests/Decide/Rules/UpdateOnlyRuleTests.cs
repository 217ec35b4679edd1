using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests.Decide.Rules;

/// <summary>Update-only lists never create members.</summary>
public sealed class UpdateOnlyRuleTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);
    private static readonly ListMapping UpdateOnly = TestData.AudienceList(7, updateOnly: true);

    private static Scenario CreateSut() => StandardLists.Scenario().WithLists(UpdateOnly).WithRecord(Ada, "ada@example.org").WithWork(Works.Joined(Ada, UpdateOnly));

    [Fact]
    public void Decide_OnlyInAnUpdateOnlyList_PlanIsUpdateOnly()
    {
        // Arrange
        var sut = CreateSut().In(Ada, UpdateOnly);

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.True(plan.Upsert!.UpdateOnly);
    }

    [Fact]
    public void Decide_AlsoInAListThatMayCreate_PlanMayCreate()
    {
        // Arrange
        var sut = CreateSut().In(Ada, UpdateOnly, Vip);

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.False(plan.Upsert!.UpdateOnly);
    }
}
