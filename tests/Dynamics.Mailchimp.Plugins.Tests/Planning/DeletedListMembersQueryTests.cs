using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Plugins.Tests.Planning;

public sealed class DeletedListMembersQueryTests
{
    private static (OrganizationFixture Org, Guid List, Guid[] Members) CreateSut(int members)
    {
        var org = new OrganizationFixture();
        var list = org.List();
        var ids = Enumerable.Range(0, members).Select(i => org.Contact($"m{i}@example.org")).ToArray();
        foreach (var id in ids)
        {
            org.AddToList(list, id);
        }

        return (org, list, ids);
    }

    [Fact]
    public void Read_WithinTheCap_CapturesEveryMember()
    {
        // Arrange
        var (org, list, members) = CreateSut(3);

        // Act
        var read = DeletedListMembersQuery.Read(org.Seeding, list, cap: 3);

        // Assert
        Assert.Null(read.NotCapturedReason);
        Assert.Equal(members.Order(), read.Ids.Order());
    }

    [Fact]
    public void Read_OverTheCap_CapturesNothingAndSaysWhy()
    {
        // Arrange
        var (org, list, _) = CreateSut(4);

        // Act
        var read = DeletedListMembersQuery.Read(org.Seeding, list, cap: 3);

        // Assert
        Assert.Empty(read.Ids);
        Assert.Contains("more than 3 members", read.NotCapturedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TheServiceFails_ReportsTheFailureInsteadOfThrowing()
    {
        // Act
        var read = DeletedListMembersQuery.Read(new FailingService(), Guid.NewGuid(), cap: 3);

        // Assert
        Assert.Contains("SQL timeout", read.NotCapturedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SelectsOnlyTheMemberIdOfTheList()
    {
        // Arrange
        var list = Guid.NewGuid();

        // Act
        var query = DeletedListMembersQuery.Build(list, 2, "<cookie page=\"1\" />");

        // Assert
        Assert.Equal(TableNames.ListMember, query.EntityName);
        Assert.Equal([ListMemberFields.EntityId], query.ColumnSet.Columns);
        Assert.Equal((DeletedListMembersQuery.PageSize, 2), (query.PageInfo.Count, query.PageInfo.PageNumber));
        var condition = Assert.Single(query.Criteria.Conditions);
        Assert.Equal((ListMemberFields.ListId, list), (condition.AttributeName, (Guid)condition.Values.Single()));
    }

    /// <summary>A service whose queries time out.</summary>
    private sealed class FailingService : IOrganizationService
    {
        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();

        public Guid Create(Entity entity) => throw new NotSupportedException();

        public void Delete(string entityName, Guid id) => throw new NotSupportedException();

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();

        public OrganizationResponse Execute(OrganizationRequest request) => throw new NotSupportedException();

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw new NotSupportedException();

        public EntityCollection RetrieveMultiple(QueryBase query) => throw new TimeoutException("SQL timeout");

        public void Update(Entity entity) => throw new NotSupportedException();
    }
}
