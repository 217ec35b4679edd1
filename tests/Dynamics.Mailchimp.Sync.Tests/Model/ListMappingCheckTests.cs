using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Model;

public sealed class ListMappingCheckTests
{
    [Fact]
    public void FindProblem_CompleteTagMapping_IsNull()
    {
        // Act
        var problem = ListMappingCheck.FindProblem(TestData.TagList(1, "VIP"));

        // Assert
        Assert.Null(problem);
    }

    [Fact]
    public void FindProblem_NoAudience_NamesListAndColumn()
    {
        // Arrange
        var mapping = TestData.AudienceList(1, audience: " ");

        // Act
        var problem = ListMappingCheck.FindProblem(mapping);

        // Assert
        Assert.Equal($"list 'List 1' ({TestData.ListId(1):D}) has no Mailchimp audience id (dmc_audienceid)", problem);
    }

    [Fact]
    public void FindProblem_TagWithoutName_NamesTheTagColumn()
    {
        // Act
        var problem = ListMappingCheck.FindProblem(TestData.List(1, ListTarget.Tag(null)));

        // Assert
        Assert.Contains("dmc_tagname", problem);
    }

    [Fact]
    public void FindProblem_InterestWithoutId_NamesTheInterestColumn()
    {
        // Act
        var problem = ListMappingCheck.FindProblem(TestData.List(1, ListTarget.Interest("")));

        // Assert
        Assert.Contains("dmc_interestid", problem);
    }

    [Fact]
    public void FindProblem_NoMappingType_NamesTheMappingColumn()
    {
        // Act
        var problem = ListMappingCheck.FindProblem(TestData.List(1, null));

        // Assert
        Assert.Contains("dmc_mappingtype", problem);
    }

    [Fact]
    public void FindProblem_MemberTypeNotAMemberTable_IsAProblem()
    {
        // Act
        var problem = ListMappingCheck.FindProblem(TestData.List(1, ListTarget.Audience, table: "incident"));

        // Assert
        Assert.Contains("'incident'", problem);
    }
}
