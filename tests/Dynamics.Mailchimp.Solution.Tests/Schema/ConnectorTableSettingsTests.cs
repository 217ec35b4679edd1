using System.Xml.Linq;

namespace Dynamics.Mailchimp.Solution.Tests.Schema;

/// <summary>
/// Table-level settings of the connector's tables, read from the Entity.xml an admin imports: ownership, audit,
/// change tracking, unique keys, and the labels and descriptions people see.
/// </summary>
public sealed class ConnectorTableSettingsTests
{
    private const int English = 1033;

    private static XElement CreateSut(string table) =>
        XDocument.Load(Path.Combine(RepositoryPaths.SolutionEntities, table, "Entity.xml")).Root!.Element("EntityInfo")!.Element("entity")!;

    public static TheoryData<string> CustomTables() => new() { "dmc_syncqueueitem", "dmc_syncstate", "dmc_audiencesetting", "dmc_mergefieldmapping" };

    [Theory]
    [InlineData("dmc_syncqueueitem", "0", "1")]
    [InlineData("dmc_syncstate", "0", "0")]
    [InlineData("dmc_audiencesetting", "1", "0")]
    [InlineData("dmc_mergefieldmapping", "1", "0")]
    public void Entity_ConnectorTable_IsOrganizationOwnedWithItsAuditAndChangeTracking(string table, string audit, string changeTracking)
    {
        // Arrange: audit on where admins edit rows; change tracking only on the queue (it cannot be turned off again).
        var entity = CreateSut(table);

        // Act
        var settings = ((string?)entity.Element("OwnershipTypeMask"), (string?)entity.Element("IsAuditEnabled"), (string?)entity.Element("ChangeTrackingEnabled"));

        // Assert
        Assert.Equal(("OrgOwned", audit, changeTracking), settings);
    }

    [Theory]
    [InlineData("dmc_syncstate", "0")]
    [InlineData("dmc_audiencesetting", "1")]
    [InlineData("dmc_mergefieldmapping", "1")]
    public void Attributes_EditableColumns_AuditAsTheTableDoes(string table, string audit)
    {
        // Arrange
        var entity = CreateSut(table);

        // Act
        var flags = entity.Element("attributes")!.Elements("attribute")
            .Where(a => (string?)a.Element("Type") != "primarykey")
            .Select(a => (string?)a.Element("IsAuditEnabled") ?? "missing")
            .Distinct()
            .ToArray();

        // Assert
        Assert.Equal([audit], flags);
    }

    [Theory]
    [InlineData("dmc_syncstate", "dmc_name")]
    [InlineData("dmc_audiencesetting", "dmc_audienceid")]
    [InlineData("dmc_mergefieldmapping", "dmc_audienceid,dmc_membertable,dmc_mergetag")]
    public void EntityKeys_ConnectorTable_HasOneUniqueKeyOverItsIdentity(string table, string columns)
    {
        // Arrange: two job instances creating the same lease row, or two settings for one audience, must collide.
        var entity = CreateSut(table);

        // Act
        var keys = entity.Element("EntityKeys")!.Elements("EntityKey")
            .Select(k => string.Join(",", k.Element("EntityKeyAttributes")!.Elements("AttributeName").Select(n => (string)n)))
            .ToArray();

        // Assert
        Assert.Equal([columns], keys);
    }

    [Theory]
    [InlineData("dmc_audiencesetting", "dmc_newmemberstatus", "Subscribed,Pending")]
    [InlineData("dmc_audiencesetting", "dmc_leaveaction", "Archive,Unsubscribe")]
    [InlineData("dmc_audiencesetting", "dmc_repermission", "No,Yes")]
    [InlineData("dmc_mergefieldmapping", "dmc_membertable", "Contact,Lead,Account")]
    public void Optionset_ChoiceColumn_HasEnglishLabelsInValueOrder(string table, string column, string labels)
    {
        // Arrange
        var attribute = Attribute(CreateSut(table), column);

        // Act
        var actual = attribute.Element("optionset")!.Element("options")!.Elements("option")
            .OrderBy(o => (int)o.Attribute("value")!)
            .Select(o => Label(o.Element("labels")!, "label"));

        // Assert
        Assert.Equal(labels, string.Join(",", actual));
    }

    [Theory]
    [MemberData(nameof(CustomTables))]
    public void Attributes_EveryColumn_HasAnEnglishDisplayNameAndDescription(string table)
    {
        // Arrange
        var entity = CreateSut(table);

        // Act
        var missing = entity.Element("attributes")!.Elements("attribute")
            .Where(a => string.IsNullOrWhiteSpace(Label(a.Element("displaynames"), "displayname"))
                || string.IsNullOrWhiteSpace(Label(a.Element("Descriptions"), "Description")))
            .Select(a => (string?)a.Attribute("PhysicalName"))
            .ToArray();

        // Assert
        Assert.Empty(missing);
        Assert.False(string.IsNullOrWhiteSpace(Label(entity.Element("Descriptions"), "Description")), $"{table} has no description");
    }

    private static XElement Attribute(XElement entity, string column) =>
        entity.Element("attributes")!.Elements("attribute").Single(a => (string?)a.Attribute("PhysicalName") == column);

    private static string? Label(XElement? labels, string element) =>
        (string?)labels?.Elements(element).FirstOrDefault(l => (int?)l.Attribute("languagecode") == English)?.Attribute("description");
}
