using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests.Decide.Rules;

/// <summary>Who keeps the member in the audience; a switched-off kind keeps nobody.</summary>
public sealed class AudienceHoldersTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);
    private static readonly RecordRef Lead = TestData.Lead(2);

    private static Scenario CreateSut(SyncOptions? options = null)
    {
        var scenario = StandardLists.Scenario().In(Lead, LeadNewsletter)
            .WithRecord(Ada, "ada@example.org").WithRecord(Lead, "ada@example.org")
            .WithWork(Works.Left(Ada, Newsletter));
        scenario.Options = options ?? new SyncOptions();
        return scenario;
    }

    [Fact]
    public void Decide_LeadsSwitchedOff_ALeadWithTheAddressDoesNotKeepTheMember()
    {
        // Arrange
        var sut = CreateSut(new SyncOptions { SyncLeads = false });

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Equal(RemovalKind.Archive, plan.Removal!.Kind);
    }

    [Fact]
    public void Decide_LeadsOn_ALeadWithTheAddressKeepsTheMember()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.Null(plan.Removal);
    }

    [Fact]
    public void Decide_InactiveCoHolder_DoesNotKeepTheMember()
    {
        // Arrange
        var sut = StandardLists.Scenario().In(Lead, LeadNewsletter)
            .WithRecord(Ada, "ada@example.org").WithRecord(Lead, "ada@example.org", s => s with { IsActive = false })
            .WithWork(Works.Left(Ada, Newsletter));

        // Act
        var plan = sut.Plan();

        // Assert
        Assert.NotNull(plan.Removal);
    }
}
