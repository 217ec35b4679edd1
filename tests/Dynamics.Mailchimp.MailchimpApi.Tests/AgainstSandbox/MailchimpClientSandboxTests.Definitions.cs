using Dynamics.Mailchimp.MailchimpApi.Models.Interests;
using Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.AgainstSandbox;

/// <summary>Every body field the client sends for definitions is one the sandbox implements, so none meets a 501.</summary>
public sealed partial class MailchimpClientSandboxTests
{
    [Fact(DisplayName = "CreateDefinitions_EveryFieldTheClientSends_AcceptedBySandbox (mailchimp.com/developer/marketing/api/list-merges/add-merge-field/)")]
    public async Task CreateDefinitions_EveryFieldTheClientSends_AcceptedBySandbox()
    {
        // Arrange
        await using var harness = await SandboxClientHarness.StartAsync();

        // Act
        var field = await harness.Client.CreateMergeFieldAsync(
            SandboxClientHarness.ListId,
            new MergeFieldDefinition { Tag = "COMPANY", Name = "Company", Required = false, Public = false, Options = new MergeFieldOptions { Size = 40 } },
            CancellationToken.None);
        var category = await harness.Client.CreateInterestCategoryAsync(SandboxClientHarness.ListId, new InterestCategoryDefinition { Title = "Newsletters" }, CancellationToken.None);
        var interest = await harness.Client.CreateInterestAsync(SandboxClientHarness.ListId, category.Id, new InterestDefinition { Name = "Monthly" }, CancellationToken.None);

        // Assert
        Assert.Equal("COMPANY", field.Tag);
        Assert.Equal("Monthly", interest.Name);
        Assert.DoesNotContain(harness.Sandbox.Requests, request => request.StatusCode == 501);
    }
}
