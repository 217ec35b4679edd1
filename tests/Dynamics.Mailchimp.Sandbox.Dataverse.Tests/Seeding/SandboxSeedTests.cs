using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Seeding;

/// <summary>The demo/test seed.</summary>
public sealed class SandboxSeedTests
{
    private static (InMemoryOrganization Organization, Guid UserId) CreateSut()
    {
        var organization = new InMemoryOrganization();
        return (organization, organization.CreateUser("Seeder", null));
    }

    [Fact]
    public void Apply_EmptyOrganization_WritesSyncedStaticContactListWithTwoMembers()
    {
        // Arrange
        var (organization, userId) = CreateSut();

        // Act
        var seed = SandboxSeed.Apply(organization, userId);

        // Assert
        var list = organization.Rows(TableNames.List).Single();
        Assert.Equal(seed.ListId, list.Id);
        Assert.True(list.GetAttributeValue<bool>(ListFields.SyncEnabled));
        Assert.False(list.GetAttributeValue<bool>(ListFields.Type));
        Assert.Equal(2, list.GetAttributeValue<OptionSetValue>(ListFields.CreatedFromCode).Value);
        Assert.Equal(SandboxSeed.AudienceId, list[ListFields.AudienceId]);
        Assert.Equal(4, seed.ContactIds.Count);
        Assert.Equal(2, seed.LeadIds.Count);
        Assert.All(organization.Rows(TableNames.Contact), c => Assert.Contains("@", c.GetAttributeValue<string>(MemberFields.EmailAddress1), StringComparison.Ordinal));
        Assert.Equal(seed.ContactIds.Take(2).Order(), organization.Rows(TableNames.ListMember).Select(m => ((EntityReference)m[ListMemberFields.EntityId]).Id).Order());
        Assert.Equal(userId, ((EntityReference)list["createdby"]).Id);
    }

    [Fact]
    public void AddContacts_Count_AddsThatManyContactsWithDistinctEmails()
    {
        // Arrange
        var (organization, userId) = CreateSut();

        // Act
        var ids = SandboxSeed.AddContacts(organization, userId, 25);

        // Assert
        Assert.Equal(25, ids.Distinct().Count());
        var emails = organization.Rows(TableNames.Contact).Select(c => c.GetAttributeValue<string>(MemberFields.EmailAddress1)).ToArray();
        Assert.Equal(25, emails.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("bulk00025@brightfield-labs.com", emails);
    }
}
