using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Querying;

public sealed class QueryEvaluatorTests
{
    private readonly InMemoryOrganization _org;
    private readonly IOrganizationService _service;
    private readonly Guid _list;
    private readonly Guid[] _contacts;

    public QueryEvaluatorTests()
    {
        var org = new InMemoryOrganization();
        _org = org;
        _service = org.CreateService(new CallerOptions(org.SystemUserId, BypassCustomPlugins: true));
        _contacts =
        [
            _service.Create(new Entity("contact") { ["lastname"] = "Babbage", ["emailaddress1"] = "charles@example.org" }),
            _service.Create(new Entity("contact") { ["lastname"] = "Lovelace", ["emailaddress1"] = "ada@example.org", ["donotbulkemail"] = true }),
            _service.Create(new Entity("contact") { ["lastname"] = "Somerville" }),
        ];
        _list = _service.Create(new Entity("list") { ["listname"] = "L", ["createdfromcode"] = new OptionSetValue(2), ["dmc_syncenabled"] = true });
        _service.Execute(new AddMemberListRequest { ListId = _list, EntityId = _contacts[1] });
    }

    private string[] LastNames(QueryExpression query) =>
        _service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("lastname")).ToArray();

    [Fact]
    public void RetrieveMultiple_OrFilterWithNullAndLike_MatchesEither()
    {
        // Arrange
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.AddOrder("lastname", OrderType.Ascending);
        var or = query.Criteria.AddFilter(LogicalOperator.Or);
        or.AddCondition("emailaddress1", ConditionOperator.Null);
        or.AddCondition("emailaddress1", ConditionOperator.Like, "CHARLES%");

        // Act / Assert
        Assert.Equal(["Babbage", "Somerville"], LastNames(query));
    }

    [Fact]
    public void RetrieveMultiple_NotEqualOnBoolean_ExcludesTrue()
    {
        // Arrange
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.AddCondition("donotbulkemail", ConditionOperator.NotEqual, true);
        query.AddOrder("lastname", OrderType.Descending);

        // Act / Assert
        Assert.Equal(["Somerville", "Babbage"], LastNames(query));
    }

    [Fact]
    public void RetrieveMultiple_InOnIds_MatchesThoseRows()
    {
        // Arrange
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.AddCondition("contactid", ConditionOperator.In, _contacts[0], _contacts[2]);
        query.AddOrder("lastname", OrderType.Ascending);

        // Act / Assert
        Assert.Equal(["Babbage", "Somerville"], LastNames(query));
    }

    [Fact]
    public void RetrieveMultiple_IdPinnedWithAnotherCondition_AppliesBoth()
    {
        // Arrange: the id narrows the rows looked at; the other condition must still be evaluated on them.
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.AddCondition("contactid", ConditionOperator.In, _contacts[0], _contacts[1], Guid.NewGuid());
        query.Criteria.AddCondition("donotbulkemail", ConditionOperator.Equal, true);

        // Act / Assert
        Assert.Equal(["Lovelace"], LastNames(query));
    }

    [Fact]
    public void RetrieveMultiple_ConditionsInANestedAndFilter_AllApply()
    {
        // Arrange: FetchXML's <filter type="and"> arrives as a child filter; its conditions may narrow the scan.
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        var and = query.Criteria.AddFilter(LogicalOperator.And);
        and.AddCondition("emailaddress1", ConditionOperator.In, "ada@example.org", "charles@example.org");
        and.AddCondition("donotbulkemail", ConditionOperator.Equal, true);

        // Act / Assert
        Assert.Equal(["Lovelace"], LastNames(query));
    }

    [Fact]
    public void RetrieveMultiple_IdEqualInsideOrFilter_StillMatchesTheOtherBranch()
    {
        // Arrange: an id under Or does not narrow the scan.
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.FilterOperator = LogicalOperator.Or;
        query.Criteria.AddCondition("contactid", ConditionOperator.Equal, _contacts[0]);
        query.Criteria.AddCondition("lastname", ConditionOperator.Equal, "Somerville");
        query.AddOrder("lastname", OrderType.Ascending);

        // Act / Assert
        Assert.Equal(["Babbage", "Somerville"], LastNames(query));
    }

    [Fact]
    public void RetrieveMultiple_InAndNotInOnText_IgnoreCaseAndSkipNull()
    {
        // Arrange
        var inQuery = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        inQuery.Criteria.AddCondition("emailaddress1", ConditionOperator.In, "ADA@EXAMPLE.ORG", "nobody@example.org");
        var notInQuery = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        notInQuery.Criteria.AddCondition("emailaddress1", ConditionOperator.NotIn, "ADA@EXAMPLE.ORG", "nobody@example.org");

        // Act / Assert: Somerville has no address, so matches neither (null never compares).
        Assert.Equal(["Lovelace"], LastNames(inQuery));
        Assert.Equal(["Babbage"], LastNames(notInQuery));
    }

    [Fact]
    public void RetrieveMultiple_IndexedColumnAfterUpdate_SeesTheNewValueNotTheOld()
    {
        // Arrange: the first query builds the emailaddress1 index; the update must invalidate it.
        var before = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        before.Criteria.AddCondition("emailaddress1", ConditionOperator.In, "CHARLES@example.org");
        Assert.Equal(["Babbage"], LastNames(before));
        _service.Update(new Entity("contact", _contacts[0]) { ["emailaddress1"] = "analytical@example.org" });

        // Act
        var old = LastNames(before);
        var renamed = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        renamed.Criteria.AddCondition("emailaddress1", ConditionOperator.Equal, "Analytical@Example.org");

        // Assert
        Assert.Empty(old);
        Assert.Equal(["Babbage"], LastNames(renamed));
    }

    [Fact]
    public void RetrieveMultiple_IndexedColumnAfterRolledBackTransaction_SeesTheRestoredValue()
    {
        // Arrange
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.AddCondition("emailaddress1", ConditionOperator.Equal, "ada@example.org");
        Assert.Equal(["Lovelace"], LastNames(query));

        // Act: the change is visible inside the transaction, then undone.
        var inside = Array.Empty<string>();
        _org.RunInTransaction(() =>
        {
            _service.Update(new Entity("contact", _contacts[1]) { ["emailaddress1"] = "countess@example.org" });
            inside = LastNames(query);
            return false;
        });

        // Assert
        Assert.Empty(inside);
        Assert.Equal(["Lovelace"], LastNames(query));
    }

    [Fact]
    public void RetrieveMultiple_LeftOuterLinkWithConditionOnAlias_FindsOnlyTheMember()
    {
        // Arrange
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        var link = query.AddLink("listmember", "contactid", "entityid", JoinOperator.LeftOuter);
        link.EntityAlias = "m";
        link.Columns = new ColumnSet("listid");
        link.LinkCriteria.AddCondition("listid", ConditionOperator.Equal, _list);
        query.Criteria.AddCondition("m", "listmemberid", ConditionOperator.NotNull);

        // Act
        var rows = _service.RetrieveMultiple(query).Entities;

        // Assert
        var row = Assert.Single(rows);
        Assert.Equal("Lovelace", row.GetAttributeValue<string>("lastname"));
        Assert.Equal(_list, ((EntityReference)row.GetAttributeValue<AliasedValue>("m.listid").Value).Id);
    }

    [Fact]
    public void RetrieveMultiple_InnerLink_DropsRowsWithoutMatch()
    {
        // Arrange
        var query = new QueryExpression("list") { ColumnSet = new ColumnSet("listname") };
        query.AddLink("listmember", "listid", "listid").LinkCriteria.AddCondition("entityid", ConditionOperator.Equal, _contacts[0]);

        // Act / Assert
        Assert.Empty(_service.RetrieveMultiple(query).Entities);
    }

    [Fact]
    public void RetrieveMultiple_PageTwoOfTwo_HasNoMoreRecords()
    {
        // Arrange
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname"), PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };
        query.AddOrder("lastname", OrderType.Ascending);

        // Act
        var first = _service.RetrieveMultiple(query);
        query.PageInfo.PageNumber = 2;
        var second = _service.RetrieveMultiple(query);

        // Assert
        Assert.True(first.MoreRecords);
        Assert.Equal(2, first.Entities.Count);
        Assert.False(second.MoreRecords);
        Assert.Equal("Somerville", Assert.Single(second.Entities).GetAttributeValue<string>("lastname"));
    }

    [Fact]
    public void RetrieveMultiple_TopCountWithPaging_Faults()
    {
        // Arrange
        var query = new QueryExpression("contact") { TopCount = 1, PageInfo = new PagingInfo { Count = 2 } };

        // Act / Assert
        Assert.Throws<OrganizationServiceFaultException>(() => _service.RetrieveMultiple(query));
    }

    [Fact]
    public void RetrieveMultiple_ConditionOnUnknownColumn_FaultsNamingIt()
    {
        // Arrange
        var query = new QueryExpression("contact");
        query.Criteria.AddCondition("emailaddress9", ConditionOperator.NotNull);

        // Act
        var fault = Assert.Throws<OrganizationServiceFaultException>(() => _service.RetrieveMultiple(query));

        // Assert
        Assert.Contains("'emailaddress9'", fault.Message);
    }

    [Fact]
    public void RetrieveMultiple_UnsupportedOperator_FailsLoudly()
    {
        // Arrange
        var query = new QueryExpression("contact");
        query.Criteria.AddCondition(new ConditionExpression("lastname", (ConditionOperator)49, "x"));

        // Act / Assert
        Assert.Throws<NotSupportedByInMemoryServiceException>(() => _service.RetrieveMultiple(query));
    }
}
