using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Querying;

/// <summary>
/// The rows a query looks at (CandidateRows: by id, or by the column index that matches the fewest rows) never change
/// its answer: each query is compared with the same criteria inside an <c>Or</c> filter of one child, which
/// CandidateRows does not look into, so the whole table is scanned and filtered (the general path).
/// </summary>
public sealed class CandidateRowsTests
{
    private static (IOrganizationService Service, Guid[] Lists, Guid[] Contacts) CreateSut()
    {
        var org = new InMemoryOrganization();
        var service = org.CreateService(new CallerOptions(org.SystemUserId, BypassCustomPlugins: true));
        var contacts = Enumerable.Range(0, 40).Select(i =>
        {
            var contact = new Entity("contact") { ["lastname"] = $"N{i % 5}" };
            if (i % 4 != 0)
            {
                contact["emailaddress1"] = i % 3 == 0 ? $"PERSON{i % 13}@EXAMPLE.ORG" : $"person{i % 13}@example.org";
            }

            return service.Create(contact);
        }).ToArray();
        var lists = new[] { "A", "B" }.Select(name => service.Create(new Entity("list") { ["listname"] = name, ["createdfromcode"] = new OptionSetValue(2) })).ToArray();
        foreach (var contact in contacts.Take(30))
        {
            service.Execute(new AddMemberListRequest { ListId = lists[0], EntityId = contact });
        }

        foreach (var contact in contacts.Skip(10))
        {
            service.Execute(new AddMemberListRequest { ListId = lists[1], EntityId = contact });
        }

        return (service, lists, contacts);
    }

    private static QueryExpression General(QueryExpression query)
    {
        var general = new QueryExpression(query.EntityName) { ColumnSet = query.ColumnSet, PageInfo = query.PageInfo, TopCount = query.TopCount };
        general.Criteria = new FilterExpression(LogicalOperator.Or);
        general.Criteria.AddFilter(query.Criteria);
        foreach (var order in query.Orders)
        {
            general.Orders.Add(order);
        }

        return general;
    }

    private static string[] Answer(IOrganizationService service, QueryExpression query)
    {
        var page = service.RetrieveMultiple(query);
        return page.Entities
            .Select(e => string.Join('|', e.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={(a.Value is EntityReference r ? r.Id : a.Value)}")))
            .Append($"more={page.MoreRecords}")
            .ToArray();
    }

    [Fact]
    public void RetrieveMultiple_ListIdAndEntityIdIn_SameAnswerAsGeneralPath()
    {
        // Arrange: one list id (fewest values) and an entityid in list with duplicates, a missing id and members of the other list.
        var (service, lists, contacts) = CreateSut();
        var query = new QueryExpression("listmember") { ColumnSet = new ColumnSet("listid", "entityid", "entitytype") };
        query.Criteria.AddCondition("listid", ConditionOperator.In, lists[0]);
        query.Criteria.AddCondition("entityid", ConditionOperator.In, [.. contacts.Skip(5).Take(30).Cast<object>(), contacts[7], Guid.NewGuid()]);
        query.AddOrder("listmemberid", OrderType.Ascending);

        // Act
        var fast = Answer(service, query);
        var general = Answer(service, General(query));

        // Assert
        Assert.Equal(25, fast.Length - 1);
        Assert.Equal(general, fast);
    }

    [Fact]
    public void RetrieveMultiple_EmailInIgnoringCaseWithOtherIndexedCondition_SameAnswerAsGeneralPath()
    {
        // Arrange: email values in other cases, duplicated and missing, beside an eq on another column; no order (by id).
        var (service, _, _) = CreateSut();
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname", "emailaddress1") };
        query.Criteria.AddCondition("emailaddress1", ConditionOperator.In, "Person1@example.ORG", "person1@example.org", "PERSON5@example.org", "nobody@example.org");
        var nested = query.Criteria.AddFilter(LogicalOperator.And);
        nested.AddCondition("lastname", ConditionOperator.Equal, "n2");

        // Act
        var fast = Answer(service, query);
        var general = Answer(service, General(query));

        // Assert
        Assert.NotEmpty(fast.SkipLast(1));
        Assert.Equal(general, fast);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RetrieveMultiple_PagedMembership_SamePagesAsGeneralPath(int page)
    {
        // Arrange
        var (service, lists, contacts) = CreateSut();
        var query = new QueryExpression("listmember") { ColumnSet = new ColumnSet("entityid"), PageInfo = new PagingInfo { Count = 7, PageNumber = page } };
        query.Criteria.AddCondition("listid", ConditionOperator.Equal, lists[1]);
        query.Criteria.AddCondition("entityid", ConditionOperator.In, contacts.Skip(20).Cast<object>().ToArray());
        query.AddOrder("listmemberid", OrderType.Descending);

        // Act
        var fast = Answer(service, query);
        var general = Answer(service, General(query));

        // Assert
        Assert.Equal(general, fast);
    }

    [Fact]
    public void RetrieveMultiple_MemberAddedAfterAnIndexedRead_IsFoundByTheNextRead()
    {
        // Arrange: a first read builds the entityid index; a new member must invalidate it.
        var (service, lists, contacts) = CreateSut();
        QueryExpression Query()
        {
            var query = new QueryExpression("listmember") { ColumnSet = new ColumnSet("entityid") };
            query.Criteria.AddCondition("listid", ConditionOperator.In, lists[1]);
            query.Criteria.AddCondition("entityid", ConditionOperator.In, contacts[0], contacts[1]);
            return query;
        }

        var before = Answer(service, Query());

        // Act
        service.Execute(new AddMemberListRequest { ListId = lists[1], EntityId = contacts[0] });
        var after = Answer(service, Query());

        // Assert
        Assert.Single(before);
        Assert.Equal(2, after.Length);
        Assert.Equal(Answer(service, General(Query())), after);
    }
}
