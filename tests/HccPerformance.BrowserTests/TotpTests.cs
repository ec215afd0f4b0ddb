namespace HccPerformance.BrowserTests;

/// <summary>The test helper itself, against the RFC 6238 test vectors (SHA-1 seed "12345678901234567890").</summary>
public sealed class TotpTests
{
    private const string RfcKey = "gezd gnbv gy3t qojq gezd gnbv gy3t qojq";

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Code_matches_the_RFC_6238_test_vectors(long unixSeconds, string expected)
    {
        Assert.Equal(expected, Totp.Code(RfcKey, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Fact]
    public void Base32_decodes_the_RFC_4648_examples()
    {
        Assert.Equal("foobar"u8.ToArray(), Totp.Base32Decode("MZXW6YTBOI======"));
        Assert.Equal("fooba"u8.ToArray(), Totp.Base32Decode("MZXW6YTB"));
    }
}
