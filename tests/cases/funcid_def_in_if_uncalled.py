if __name__ == "__main__":
    def main():
        print("main ran")
    main()
if False:
    def never():
        return 1
print(never())
