using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Solution.Tests.Schema;

/// <summary>
/// The sync job's own tables (issue #9 §1 Claim and §3 Configuration, issue #10 §4 Checkpoints) as the reader gives
/// them to the in-memory organization and the Dataverse sandbox: columns, types, lengths, option values and defaults.
/// </summary>
public sealed class ConnectorTablesTests
{
    private const int First = 100000000;

    private static TableDefinition CreateSut(string table)
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.SolutionEntities, table, "Entity.xml"));
        return EntityXmlReader.Read(stream, table);
    }

    [Fact]
    public void Read_SyncState_HasKeyLeaseAndCheckpointColumns()
    {
        // Act
        var table = CreateSut("dmc_syncstate");

        // Assert
        Assert.Equal(("dmc_syncstates", "dmc_syncstateid", "dmc_name"), (table.EntitySetName, table.PrimaryIdAttribute, table.PrimaryNameAttribute));
        Assert.Equal(
            ["dmc_description", "dmc_leaseexpireson", "dmc_leaseowner", "dmc_name", "dmc_syncstateid", "dmc_value"],
            table.Columns.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((ColumnType.String, 200, true), Shape(table, "dmc_name"));
        Assert.Equal((ColumnType.String, 200, false), Shape(table, "dmc_leaseowner"));
        Assert.Equal((ColumnType.DateTime, null, false), Shape(table, "dmc_leaseexpireson"));
        Assert.Equal((ColumnType.Memo, 1048576, false), Shape(table, "dmc_value"));
        Assert.Equal((ColumnType.String, 2000, false), Shape(table, "dmc_description"));
    }

    [Fact]
    public void Read_AudienceSetting_ChoicesAndYesNoColumnsCarryTheirDefaults()
    {
        // Act
        var table = CreateSut("dmc_audiencesetting");

        // Assert
        Assert.Equal(("dmc_audiencesettings", "dmc_audiencesettingid", "dmc_name"), (table.EntitySetName, table.PrimaryIdAttribute, table.PrimaryNameAttribute));
        Assert.Equal((ColumnType.String, 100, true), Shape(table, "dmc_audienceid"));
        Assert.Equal((ColumnType.Picklist, null, true), Shape(table, "dmc_newmemberstatus"));
        Assert.Equal([First, First + 1], table.Columns["dmc_newmemberstatus"].OptionValues);
        Assert.Equal(First, table.Columns["dmc_newmemberstatus"].DefaultValue);
        Assert.Equal([First, First + 1], table.Columns["dmc_leaveaction"].OptionValues);
        Assert.Equal(First, table.Columns["dmc_leaveaction"].DefaultValue);
        Assert.Equal((ColumnType.Boolean, null, false), Shape(table, "dmc_repermission"));
        Assert.Equal([0, 1], table.Columns["dmc_repermission"].OptionValues);
        Assert.Equal(0, table.Columns["dmc_repermission"].DefaultValue);
        Assert.Equal((ColumnType.Boolean, null, false), Shape(table, "dmc_blockbulkemailoncleaned"));
        Assert.Equal(0, table.Columns["dmc_blockbulkemailoncleaned"].DefaultValue);
    }

    [Fact]
    public void Read_MergeFieldMapping_TagHoldsTenCharactersAndTableHasNoDefault()
    {
        // Act
        var table = CreateSut("dmc_mergefieldmapping");

        // Assert
        Assert.Equal(("dmc_mergefieldmappings", "dmc_mergefieldmappingid", "dmc_name"), (table.EntitySetName, table.PrimaryIdAttribute, table.PrimaryNameAttribute));
        Assert.Equal((ColumnType.String, 100, true), Shape(table, "dmc_audienceid"));
        Assert.Equal((ColumnType.Picklist, null, true), Shape(table, "dmc_membertable"));
        Assert.Equal([First, First + 1, First + 2], table.Columns["dmc_membertable"].OptionValues);
        Assert.Null(table.Columns["dmc_membertable"].DefaultValue);
        Assert.Equal((ColumnType.String, 100, true), Shape(table, "dmc_column"));

        // Mailchimp merge tags are at most 10 characters: Mailchimp's own Magento extension caps its mapping column at 10
        // "as it is the max length in mailchimp too" (https://github.com/mailchimp/mc-magento/issues/1140,
        // https://github.com/mailchimp/mc-magento/pull/1150); Segment's Mailchimp destination docs say the same
        // (https://github.com/segment-boneyard/segment-docs/pull/3671).
        Assert.Equal((ColumnType.String, 10, true), Shape(table, "dmc_mergetag"));
    }

    [Theory]
    [InlineData("dmc_syncstate", "dmc_syncstate_name", "State Key", new[] { "dmc_name" })]
    [InlineData("dmc_audiencesetting", "dmc_audiencesetting_audienceid", "Audience Id", new[] { "dmc_audienceid" })]
    [InlineData("dmc_mergefieldmapping", "dmc_mergefieldmapping_tag", "Audience, Table and Merge Tag", new[] { "dmc_audienceid", "dmc_membertable", "dmc_mergetag" })]
    [InlineData("dmc_mailchimpcampaign", "dmc_mailchimpcampaign_mailchimpid", "Mailchimp Campaign Id", new[] { "dmc_mailchimpid" })]
    [InlineData("dmc_emailactivity", "dmc_emailactivity_event", "Campaign, Member, Action and Time", new[] { "dmc_memberid", "dmc_campaignmailchimpid", "dmc_action", "dmc_occurredon" })]
    public void Read_ConnectorTable_ExposesItsDeclaredAlternateKey(string logicalName, string key, string displayName, string[] columns)
    {
        // Act
        var table = CreateSut(logicalName);

        // Assert
        var declared = Assert.Single(table.Keys);
        Assert.Equal((key, displayName), (declared.LogicalName, declared.DisplayName));
        Assert.Equal(columns, declared.Attributes);
    }

    [Fact]
    public void FromSolution_EveryAlternateKey_NamesColumnsItsTableHas()
    {
        // Act
        var catalog = SchemaCatalog.FromSolution();

        // Assert
        var keyed = catalog.Tables.Values.Where(t => t.Keys.Count > 0).ToArray();
        Assert.Equal(["dmc_audiencesetting", "dmc_emailactivity", "dmc_mailchimpcampaign", "dmc_mergefieldmapping", "dmc_syncstate"], keyed.Select(t => t.LogicalName).Order(StringComparer.Ordinal));
        Assert.All(keyed.SelectMany(t => t.Keys.SelectMany(k => k.Attributes.Select(a => (t, a)))), pair => Assert.Contains(pair.a, pair.t.Columns.Keys));
    }

    [Theory]
    [InlineData("dmc_syncstate", "dmc_syncstates")]
    [InlineData("dmc_audiencesetting", "dmc_audiencesettings")]
    [InlineData("dmc_mergefieldmapping", "dmc_mergefieldmappings")]
    [InlineData("dmc_mailchimpcampaign", "dmc_mailchimpcampaigns")]
    [InlineData("dmc_emailactivity", "dmc_emailactivities")]
    public void FromSolution_ConnectorTable_IsEmbeddedAndFoundByEntitySet(string logicalName, string entitySet)
    {
        // Act
        var catalog = SchemaCatalog.FromSolution();

        // Assert
        Assert.Equal(logicalName, catalog.FindByEntitySet(entitySet)?.LogicalName);
        Assert.Equal(CreateSut(logicalName).Columns.Keys.Order(StringComparer.Ordinal), catalog.GetTable(logicalName).Columns.Keys.Order(StringComparer.Ordinal));
    }

    private static (ColumnType Type, int? MaxLength, bool IsRequired) Shape(TableDefinition table, string column)
    {
        var definition = table.Columns[column];
        return (definition.Type, definition.MaxLength, definition.IsRequired);
    }
}
