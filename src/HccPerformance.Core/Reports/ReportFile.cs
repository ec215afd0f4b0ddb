namespace HccPerformance.Core.Reports;

/// <summary>A file to download: its bytes, name and type.</summary>
public sealed record ReportFile(byte[] Bytes, string FileName, string ContentType = "application/pdf");
