document.body.textContent = "demo";
