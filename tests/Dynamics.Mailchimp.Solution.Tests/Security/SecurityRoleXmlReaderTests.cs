using System.Text;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Solution.Tests.Security;

public sealed class SecurityRoleXmlReaderTests
{
    private const string Id = "{0b5c7a8e-27d4-4b6e-9d3f-3f6c1c1a2b01}";

    [Fact]
    public void Read_RoleFile_ReturnsIdNameAndPrivilegesAtTheirLevels()
    {
        // Arrange
        var xml = Role("""<RolePrivilege name="prvReadContact" level="Global" /><RolePrivilege name="prvCreateActivity" level="Basic" />""");

        // Act
        var role = Read(xml);

        // Assert
        Assert.Equal(new Guid(Id), role.Id);
        Assert.Equal("Test Role", role.Name);
        Assert.Equal([new RolePrivilegeDefinition("prvReadContact", PrivilegeDepth.Global), new RolePrivilegeDefinition("prvCreateActivity", PrivilegeDepth.Basic)], role.Privileges);
    }

    [Theory]
    [InlineData("""<RolePrivilege name="prvReadContact" level="Organization" />""", "level 'Organization'")]
    [InlineData("""<RolePrivilege name="ReadContact" level="Global" />""", "does not start with 'prv'")]
    [InlineData("""<RolePrivilege name="prvReadContact" level="Global" /><RolePrivilege name="prvReadContact" level="Basic" />""", "grants prvReadContact twice")]
    public void Read_InvalidPrivilege_ThrowsNamingTheFileAndTheProblem(string privileges, string problem)
    {
        // Act
        var error = Assert.Throws<RoleSourceException>(() => Read(Role(privileges)));

        // Assert
        Assert.Contains("'test.xml'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RoleWithoutId_Throws()
    {
        // Act
        var error = Assert.Throws<RoleSourceException>(() => Read("""<Role name="x"><RolePrivileges /></Role>"""));

        // Assert
        Assert.Contains("no id attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_APrivilege_KeepsTheOthers()
    {
        // Arrange
        var role = Read(Role("""<RolePrivilege name="prvReadContact" level="Global" /><RolePrivilege name="prvReadLead" level="Global" />"""));

        // Act
        var reduced = role.Without("prvReadLead");

        // Assert
        Assert.Equal(["prvReadContact"], reduced.Privileges.Select(p => p.Name));
        Assert.Equal(2, role.Privileges.Count);
    }

    private static string Role(string privileges) => $"""<Role id="{Id}" name="Test Role"><IsCustomizable>1</IsCustomizable><RolePrivileges>{privileges}</RolePrivileges></Role>""";

    private static SecurityRoleDefinition Read(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return SecurityRoleXmlReader.Read(stream, "test.xml");
    }
}
