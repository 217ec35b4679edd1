using System.Text;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Solution.Tests.Schema;

/// <summary>
/// The Email Activity table (issue #10 Build 3, "shown on the record's timeline") as a custom activity table. Sources:
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-activities (IsActivity, primary column Subject,
/// user- or team-owned, no mail merge, related to notes and not to activities; MicrosoftDocs/powerapps-docs
/// powerapps-docs/developer/data-platform/custom-activities.md); the activity columns and the four states of a custom
/// activity (Open, Completed, Canceled, Scheduled) from https://learn.microsoft.com/power-apps/developer/data-platform/activitypointer-activity-entity;
/// alternate keys: https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity allows
/// text, whole number, decimal, date and time, lookup and choice columns and excludes only virtual tables, so an
/// activity table may have one (MicrosoftDocs/powerapps-docs powerapps-docs/developer/data-platform/define-alternate-keys-entity.md).
/// </summary>
public sealed class EmailActivityTableTests
{
    private static readonly ColumnType[] KeyColumnTypes = [ColumnType.String, ColumnType.Integer, ColumnType.Decimal, ColumnType.DateTime, ColumnType.Lookup, ColumnType.Picklist];

    private static TableDefinition CreateSut()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.SolutionEntities, "dmc_emailactivity", "Entity.xml"));
        return EntityXmlReader.Read(stream, "dmc_emailactivity");
    }

    [Fact]
    public void Read_EmailActivity_IsAnActivityTableKeyedOnActivityIdAndNamedBySubject()
    {
        // Act
        var table = CreateSut();

        // Assert
        Assert.True(table.IsActivity);
        Assert.Equal(("dmc_emailactivities", "activityid", "subject"), (table.EntitySetName, table.PrimaryIdAttribute, table.PrimaryNameAttribute));
        Assert.DoesNotContain("dmc_name", table.Columns.Keys);
        Assert.DoesNotContain("dmc_contact", table.Columns.Keys);
        Assert.DoesNotContain("dmc_lead", table.Columns.Keys);
    }

    [Fact]
    public void Read_EmailActivity_RegardsAContactALeadOrAnAccount()
    {
        // Act
        var regarding = CreateSut().Columns["regardingobjectid"];

        // Assert
        Assert.Equal(ColumnType.Lookup, regarding.Type);
        Assert.Equal([1, 2, 4], regarding.LookupTargetTypeCodes);
    }

    [Fact]
    public void Read_EmailActivity_HasTheFourActivityStatesEachWithItsDefaultStatus()
    {
        // Act
        var table = CreateSut();

        // Assert
        Assert.Equal([(0, "Open", 1), (1, "Completed", 2), (2, "Canceled", 3), (3, "Scheduled", 4)], table.Columns["statecode"].States.Select(s => (s.Value, s.InvariantName, s.DefaultStatus)));
        Assert.Equal(new Dictionary<int, int> { [1] = 0, [2] = 1, [3] = 2, [4] = 3 }, table.Columns["statuscode"].StatusStates);
        Assert.Equal((ColumnType.DateTime, ColumnType.DateTime), (table.Columns["actualstart"].Type, table.Columns["actualend"].Type));
    }

    [Fact]
    public void Read_EmailActivity_KeepsItsEventKeyOverColumnTypesAKeyMayUse()
    {
        // Act
        var table = CreateSut();

        // Assert
        var key = Assert.Single(table.Keys);
        Assert.Equal(["dmc_memberid", "dmc_campaignmailchimpid", "dmc_action", "dmc_occurredon"], key.Attributes);
        Assert.All(key.Attributes, column => Assert.Contains(table.Columns[column].Type, KeyColumnTypes));
    }

    [Theory]
    [InlineData("<IsActivity>1</IsActivity>", true)]
    [InlineData("<IsActivity>0</IsActivity>", false)]
    [InlineData("", false)]
    public void Read_IsActivityFlag_IsReadAsTheXsdWritesIt(string flag, bool expected)
    {
        // Arrange
        var xml = $"<Entity><Name>x</Name><EntityInfo><entity Name=\"x\"><attributes /> {flag}</entity></EntityInfo></Entity>";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        // Act
        var table = EntityXmlReader.Read(stream, "x.xml");

        // Assert
        Assert.Equal(expected, table.IsActivity);
    }

    [Fact]
    public void Extend_ActivityTableByAPlainDefinition_StaysAnActivityTable()
    {
        // Arrange
        var activity = new TableDefinition("x", "xs", null, new Dictionary<string, ColumnDefinition>()) { IsActivity = true };

        // Act
        var extended = activity.Extend(new TableDefinition("x", null, null, new Dictionary<string, ColumnDefinition>()));

        // Assert
        Assert.True(extended.IsActivity);
    }
}
