global using System.Text.RegularExpressions;
global using HccPerformance.BrowserTests.Infrastructure;
global using Microsoft.Playwright;
global using static Microsoft.Playwright.Assertions;
