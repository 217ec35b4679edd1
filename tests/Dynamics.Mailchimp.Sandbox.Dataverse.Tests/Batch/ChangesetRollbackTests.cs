using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Batch;

/// <summary>A change set's operations run in one organization transaction: a failure leaves every table exactly as it was.</summary>
public sealed class ChangesetRollbackTests
{
    [Fact]
    public void RunInTransaction_CreateUpdateDeleteAndMembershipThenFailure_RestoresEveryTableExactly()
    {
        // Arrange
        var organization = new InMemoryOrganization();
        var seed = SandboxSeed.Apply(organization, organization.CreateUser("Tester", null));
        var before = organization.Schema.Tables.Keys.ToDictionary(t => t, t => organization.Rows(t).Select(Describe).Order().ToArray());
        var service = organization.CreateService(organization.SystemUserId);

        // Act
        var committed = organization.RunInTransaction(() =>
        {
            service.Create(new Entity(TableNames.Contact) { [PersonFields.LastName] = "Temporary" });
            service.Update(new Entity(TableNames.Contact, seed.ContactIds[0]) { [MemberFields.EmailAddress1] = "changed@example.test" });
            service.Delete(TableNames.Contact, seed.ContactIds[1]);
            service.Execute(new Microsoft.Crm.Sdk.Messages.AddMemberListRequest { ListId = seed.ListId, EntityId = seed.ContactIds[2] });
            return false;
        });

        // Assert
        Assert.False(committed);
        foreach (var (table, rows) in before)
        {
            Assert.Equal(rows, organization.Rows(table).Select(Describe).Order().ToArray());
        }
    }

    private static string Describe(Entity row) =>
        row.Id + "@" + row.RowVersion + ":" + string.Join(";", row.Attributes
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"{a.Key}={Value(a.Value)}"));

    private static string? Value(object? value) => value switch
    {
        EntityReference reference => reference.LogicalName + "/" + reference.Id,
        OptionSetValue option => option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
