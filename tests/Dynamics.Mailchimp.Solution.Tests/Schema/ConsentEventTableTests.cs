using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Solution.Tests.Schema;

/// <summary>The consent log (issue #10 Build 2) as the reader gives it to the in-memory organization and the Dataverse sandbox.</summary>
public sealed class ConsentEventTableTests
{
    private static TableDefinition CreateSut()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.SolutionEntities, "dmc_consentevent", "Entity.xml"));
        return EntityXmlReader.Read(stream, "dmc_consentevent");
    }

    [Fact]
    public void Read_ConsentEvent_HasRecordLookupsValuesStatusSourceReasonCampaignAndTime()
    {
        // Act
        var table = CreateSut();

        // Assert
        Assert.Equal(("dmc_consentevents", "dmc_consenteventid", "dmc_name"), (table.EntitySetName, table.PrimaryIdAttribute, table.PrimaryNameAttribute));
        Assert.Equal([2], table.Columns["dmc_contactid"].LookupTargetTypeCodes);
        Assert.Equal([4], table.Columns["dmc_leadid"].LookupTargetTypeCodes);
        Assert.Equal([1], table.Columns["dmc_accountid"].LookupTargetTypeCodes);
        Assert.Equal(ColumnType.Lookup, table.Columns["dmc_contactid"].Type);
        Assert.Equal((ColumnType.Picklist, true), (table.Columns["dmc_source"].Type, table.Columns["dmc_source"].IsRequired));
        Assert.Equal([100000000, 100000001], table.Columns["dmc_source"].OptionValues);
        Assert.Equal(ColumnType.DateTime, table.Columns["dmc_occurredon"].Type);
        Assert.All(
            ["dmc_field", "dmc_oldvalue", "dmc_newvalue", "dmc_mailchimpstatus", "dmc_reason", "dmc_audienceid", "dmc_mailchimpmemberid", "dmc_campaignid"],
            column => Assert.Equal(ColumnType.String, table.Columns[column].Type));
    }

    [Fact]
    public void FromSolution_ConsentEvent_IsEmbeddedAndFoundByEntitySet()
    {
        // Act
        var catalog = SchemaCatalog.FromSolution();

        // Assert
        Assert.Equal("dmc_consentevent", catalog.FindByEntitySet("dmc_consentevents")?.LogicalName);
    }
}
