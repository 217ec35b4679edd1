using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Organization;

/// <summary>
/// The optional Customer Insights – Journeys consent tables (issue #13, Build 2). Conformance: Microsoft's
/// "Contact Point Consent (msdynmkt_contactpointconsent4) table/entity reference"
/// (https://learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_contactpointconsent4) and
/// "Purpose (msdynmkt_purpose) table/entity reference" (…/entities/msdynmkt_purpose).
/// </summary>
public sealed class JourneysConsentTablesTests
{
    private const string Consent = "msdynmkt_contactpointconsent4";

    private static (InMemoryOrganization Org, IOrganizationService Service) CreateSut(bool journeys = true)
    {
        var org = new InMemoryOrganization(new InMemoryOrganizationOptions { JourneysConsent = journeys });
        return (org, org.CreateService(new CallerOptions(org.SystemUserId, BypassCustomPlugins: true)));
    }

    [Fact]
    public void Schema_DefaultOrganization_HasNoJourneysTables()
    {
        // Arrange
        var (org, _) = CreateSut(journeys: false);

        // Act
        var tables = org.Schema.Tables.Keys.Where(name => name.StartsWith("msdynmkt_", StringComparison.Ordinal)).ToArray();

        // Assert
        Assert.Empty(tables);
    }

    [Fact]
    public void Schema_JourneysConsent_HasTheConsentTableAsTheReferenceDocumentsIt()
    {
        // Arrange
        var (org, _) = CreateSut();

        // Act
        var table = org.Schema.GetTable(Consent);

        // Assert
        Assert.Equal(("msdynmkt_contactpointconsent4s", "msdynmkt_contactpointconsent4id", "msdynmkt_contactpointvalue"), (table.EntitySetName, table.PrimaryIdAttribute, table.PrimaryNameAttribute));
        Assert.Equal((ColumnType.String, 400), (table.Columns["msdynmkt_contactpointvalue"].Type, table.Columns["msdynmkt_contactpointvalue"].MaxLength));
        Assert.Equal([534120000, 534120001, 534120002, 534120003], table.Columns["msdynmkt_contactpointtype"].OptionValues);
        Assert.Equal([534120000, 534120001], table.Columns["msdynmkt_contactpointconsenttype"].OptionValues);
        Assert.Equal([534120000, 534120001, 534120002], table.Columns["msdynmkt_value"].OptionValues);
        Assert.Equal(534120000, table.Columns["msdynmkt_source"].DefaultValue);
        Assert.Equal(534119999, table.Columns["msdynmkt_logicalreason"].OptionValues[0]);
        Assert.Equal(["msdynmkt_purpose"], org.Schema.LookupTargets(table.Columns["msdynmkt_purposeid"]));
        Assert.Equal(["msdynmkt_topic"], org.Schema.LookupTargets(table.Columns["msdynmkt_topicid"]));
        Assert.Contains("createdon", table.Columns.Keys);
    }

    [Fact]
    public void Create_ConsentForAPurpose_StoresItActiveAndFindableByAddress()
    {
        // Arrange
        var (_, service) = CreateSut();
        var purpose = service.Create(new Entity("msdynmkt_purpose") { ["msdynmkt_name"] = "Newsletter", ["msdynmkt_type"] = new OptionSetValue(534120000), ["msdynmkt_enforcementmodel"] = new OptionSetValue(534120000) });

        // Act
        service.Create(new Entity(Consent)
        {
            ["msdynmkt_contactpointvalue"] = "ada@example.org",
            ["msdynmkt_contactpointtype"] = new OptionSetValue(534120000),
            ["msdynmkt_value"] = new OptionSetValue(534120002),
            ["msdynmkt_purposeid"] = new EntityReference("msdynmkt_purpose", purpose),
        });
        var query = new QueryExpression(Consent) { ColumnSet = new ColumnSet("msdynmkt_value", "msdynmkt_purposeid", "statecode") };
        query.Criteria.AddCondition("msdynmkt_contactpointvalue", ConditionOperator.In, "ADA@example.org", "bob@example.org");
        var found = service.RetrieveMultiple(query).Entities.Single();

        // Assert
        Assert.Equal(534120002, found.GetAttributeValue<OptionSetValue>("msdynmkt_value").Value);
        Assert.Equal(purpose, found.GetAttributeValue<EntityReference>("msdynmkt_purposeid").Id);
        Assert.Equal(0, found.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Create_UndocumentedConsentValue_IsRefused()
    {
        // Arrange
        var (_, service) = CreateSut();

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => service.Create(new Entity(Consent) { ["msdynmkt_contactpointvalue"] = "ada@example.org", ["msdynmkt_value"] = new OptionSetValue(1) }));

        // Assert
        Assert.Contains("msdynmkt_value", fault.Message, StringComparison.Ordinal);
    }
}
